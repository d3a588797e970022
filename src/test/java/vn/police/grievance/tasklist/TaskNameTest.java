package vn.police.grievance.tasklist;

import vn.police.grievance.tasklist.TaskContextListener;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.police.grievance.organisation.OrgUnit;
import vn.police.grievance.organisation.UnitKind;

/** How a task reads in the Tasklist list: step, reference, unit, category. */
class TaskNameTest {

  @Test
  void aTaskNamesItsStepThenTheReferenceUnitAndCategory() {
    assertThat(TaskContextListener.taskName("Phân loại, đề xuất hướng xử lý", "KN-2026-000042", "Công an xã Long Hòa", "Trụ sở, cơ sở vật chất"))
        .isEqualTo("Phân loại, đề xuất hướng xử lý · KN-2026-000042 · Công an xã Long Hòa · Trụ sở, cơ sở vật chất");
  }

  @Test
  void aNameLongerThanTheEngineKeepsIsCutWithAnEllipsis() {
    String name = TaskContextListener.taskName("Bước", "KN-2026-000042", "Đơn vị ".repeat(60), "Khác");

    assertThat(name).hasSize(TaskContextListener.NAME_MAX).endsWith("…").startsWith("Bước · KN-2026-000042 · ");
  }

  @Test
  void theListShowsADemoUnitWithoutItsDemoMarkWhichItsFullNameKeeps() {
    OrgUnit demo = new OrgUnit("cax-long-hoa", UnitKind.COMMUNE, "Công an xã Long Hòa" + OrgUnit.DEMO_MARK, "Long Hoa", "cah-can-duoc", true, true);
    OrgUnit real = new OrgUnit("cax-an-thanh", UnitKind.COMMUNE, "Công an xã An Thạnh", "An Thanh", "cah-can-duoc", true, false);

    assertThat(demo.shortName()).isEqualTo("Công an xã Long Hòa");
    assertThat(demo.nameVi()).endsWith("(dữ liệu mẫu)");
    assertThat(real.shortName()).isEqualTo("Công an xã An Thạnh");
  }

  @Test
  void theHistoryNamesTheApplicationItselfHeThong() {
    assertThat(TaskContext.actor("system")).isEqualTo("Hệ thống");
    assertThat(TaskContext.actor(null)).isEqualTo("Hệ thống");
    assertThat(TaskContext.actor("tiepnhan")).isEqualTo("tiepnhan");
  }
}
