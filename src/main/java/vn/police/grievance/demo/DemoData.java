package vn.police.grievance.demo;

import vn.police.grievance.system.Groups;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.police.grievance.organisation.OrgUnit;
import vn.police.grievance.organisation.OrgUnitRepository;
import vn.police.grievance.organisation.UnitKind;
import vn.police.grievance.regulation.Regulation;
import vn.police.grievance.regulation.RegulationRepository;
import vn.police.grievance.regulation.RegulationStatus;
import vn.police.grievance.system.StartupLock;

/**
 * Demo organisation, regulation entries and one user per role, for local runs and tests. Every
 * record says it is demo data. Off in the prod profile. Safe to run on every start, and on several
 * nodes started together: one node at a time writes what is missing.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  /** Documented in the README; meets the engine's password policy. */
  static final String DEMO_PASSWORD = "Demo@2026!";

  static final String DEMO = OrgUnit.DEMO_MARK;

  private final boolean enabled;
  private final OrgUnitRepository units;
  private final RegulationRepository regulations;
  private final IdentityService identity;
  private final TransactionTemplate transaction;
  private final StartupLock lock;

  DemoData(
      @Value("${grievance.demo-data:false}") boolean enabled,
      OrgUnitRepository units,
      RegulationRepository regulations,
      IdentityService identity,
      PlatformTransactionManager transactions,
      StartupLock lock) {
    this.enabled = enabled;
    this.units = units;
    this.regulations = regulations;
    this.identity = identity;
    this.transaction = new TransactionTemplate(transactions);
    this.lock = lock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (enabled) {
      // committed before the lock is released: the next node finds the rows
      lock.run("the demo units and regulations", () -> transaction.executeWithoutResult(status -> {
        seedUnits();
        seedRegulations();
      }));
    }
  }

  /** People come after their units' groups and grants exist (IdentityBootstrap, order 20). */
  @Component
  @Order(30)
  static class DemoUsers implements ApplicationRunner {
    private final DemoData demo;

    DemoUsers(DemoData demo) {
      this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
      demo.lock.run("the demo users", demo::seedUsers);
    }
  }

  private void seedUnits() {
    // province, leadership, reception, auditors and administrators come with the schema (V2)
    unit("dept-tham-muu", UnitKind.DEPARTMENT, "Phòng Tham mưu", "Staff department", "province");
    unit("dept-to-chuc-can-bo", UnitKind.DEPARTMENT, "Phòng Tổ chức cán bộ", "Personnel department", "province");
    unit("dept-hau-can", UnitKind.DEPARTMENT, "Phòng Hậu cần", "Logistics department", "province");
    unit("dept-qlhc", UnitKind.DEPARTMENT, "Phòng Cảnh sát quản lý hành chính về trật tự xã hội",
        "Administrative police for social order", "province");
    unit("dept-phap-che", UnitKind.DEPARTMENT, "Phòng Pháp chế", "Legal department", "province");
    unit("dept-hinh-su", UnitKind.DEPARTMENT, "Phòng Cảnh sát hình sự", "Criminal police department", "province");
    // since 1 July 2025 the commune level answers to the province; the former districts remain
    // only as area groupings of their communes (for the figures), not as a level of command
    unit("cah-can-duoc", UnitKind.DISTRICT, "Khu vực Cần Đước (Công an huyện cũ)", "Can Duoc area (former district)", "province");
    unit("cah-can-giuoc", UnitKind.DISTRICT, "Khu vực Cần Giuộc (Công an huyện cũ)", "Can Giuoc area (former district)", "province");
    unit("cax-long-hoa", UnitKind.COMMUNE, "Công an xã Long Hòa", "Long Hoa commune police", "cah-can-duoc");
    unit("catt-can-duoc", UnitKind.COMMUNE, "Công an thị trấn Cần Đước", "Can Duoc town police", "cah-can-duoc");
    unit("cax-phuoc-lam", UnitKind.COMMUNE, "Công an xã Phước Lâm", "Phuoc Lam commune police", "cah-can-giuoc");
    unit("cap-tan-an", UnitKind.COMMUNE, "Công an phường Tân An", "Tan An ward police", "province");
    unit("cadk-hon-khoai", UnitKind.SPECIAL_ZONE, "Công an đặc khu Hòn Khoai", "Hon Khoai special zone police", "province");
  }

  private void unit(String id, UnitKind kind, String nameVi, String nameEn, String parent) {
    units.insertIfMissing(new OrgUnit(id, kind, nameVi + DEMO, nameEn + " (demo)", parent, true, true));
  }

  private void seedRegulations() {
    String check = " Dữ liệu mẫu: cần Phòng Pháp chế kiểm tra trước khi sử dụng chính thức.";
    regulations.insertIfMissing(new Regulation(null, "37/2018/QH14", "Luật Công an nhân dân", "Quốc hội",
        LocalDate.of(2018, 11, 20), RegulationStatus.IN_FORCE,
        "Nhiệm vụ, quyền hạn, tổ chức và chế độ, chính sách đối với Công an nhân dân." + check,
        List.of("STAFFING", "ALLOWANCES", "PROFESSIONAL", "OTHER"), "công an nhân dân, chế độ, chính sách, biên chế", true));
    regulations.insertIfMissing(new Regulation(null, "42/2021/NĐ-CP",
        "Nghị định quy định việc xây dựng Công an xã, thị trấn chính quy", "Chính phủ",
        LocalDate.of(2021, 3, 31), RegulationStatus.IN_FORCE,
        "Bố trí lực lượng, trụ sở, phương tiện, trang thiết bị và chế độ đối với Công an xã, thị trấn chính quy." + check,
        List.of("FACILITIES", "EQUIPMENT", "STAFFING", "ALLOWANCES"), "trụ sở, trang thiết bị, công an xã chính quy", true));
    regulations.insertIfMissing(new Regulation(null, "30/2023/QH15",
        "Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở", "Quốc hội",
        LocalDate.of(2023, 11, 28), RegulationStatus.IN_FORCE,
        "Tổ chức, nhiệm vụ, chế độ, chính sách đối với lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở." + check,
        List.of("ALLOWANCES", "STAFFING", "PUBLIC_ORDER"), "phụ cấp, bán chuyên trách, an ninh trật tự cơ sở", true));
    regulations.insertIfMissing(new Regulation(null, "MAU-01/2026/CAT",
        "Hướng dẫn chế độ báo cáo định kỳ của Công an cấp xã (văn bản mẫu)", "Công an tỉnh",
        LocalDate.of(2026, 1, 5), RegulationStatus.IN_FORCE,
        "Danh mục báo cáo ngày, tuần, tháng; hạn chế báo cáo chuyên đề." + check,
        List.of("REPORTING"), "báo cáo ngày, báo cáo tuần, báo cáo tháng, chuyên đề", true));
  }

  void seedUsers() {
    if (!enabled) {
      return;
    }
    LOG.info("Demo data present: log in as tiepnhan, lanhdao, xa.longhoa ... with password {}", DEMO_PASSWORD);
    user("quantri", "Quản trị", "Hệ thống", Groups.ADMINISTRATORS);
    user("tiepnhan", "Cán bộ", "Tiếp nhận", Groups.RECEPTION);
    user("lanhdao", "Lãnh đạo", "Công an tỉnh", Groups.LEADERSHIP);
    user("thanhtra", "Thanh tra", "viên", Groups.AUDITORS);
    user("vanhanh", "Cán bộ", "Vận hành hệ thống", Groups.OPERATORS);
    department("thammuu", "dept-tham-muu", "Phòng Tham mưu");
    department("tochuc", "dept-to-chuc-can-bo", "Phòng Tổ chức cán bộ");
    department("haucan", "dept-hau-can", "Phòng Hậu cần");
    department("qlhc", "dept-qlhc", "Phòng QLHC về TTXH");
    department("phapche", "dept-phap-che", "Phòng Pháp chế");
    department("hinhsu", "dept-hinh-su", "Phòng Cảnh sát hình sự");
    user("huyen.canduoc", "Cán bộ", "Công an huyện Cần Đước", "cah-can-duoc");
    user("xa.longhoa", "Cán bộ", "Công an xã Long Hòa", "cax-long-hoa");
    user("tt.canduoc", "Cán bộ", "Công an thị trấn Cần Đước", "catt-can-duoc");
    user("xa.phuoclam", "Cán bộ", "Công an xã Phước Lâm", "cax-phuoc-lam");
    user("phuong.tanan", "Cán bộ", "Công an phường Tân An", "cap-tan-an");
    user("dk.honkhoai", "Cán bộ", "Công an đặc khu Hòn Khoai", "cadk-hon-khoai");
  }

  private void department(String shortName, String unitId, String name) {
    user("cv." + shortName, "Cán bộ", name, unitId);
    user("tp." + shortName, "Trưởng phòng", name, unitId, unitId + "-head");
  }

  private void user(String id, String firstName, String lastName, String... groups) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(id + "@demo.invalid");
      user.setPassword(DEMO_PASSWORD);
      identity.saveUser(user);
    }
    for (String group : groups) {
      if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
        identity.createMembership(id, group);
      }
    }
  }
}
