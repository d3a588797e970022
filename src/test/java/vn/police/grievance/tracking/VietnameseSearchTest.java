package vn.police.grievance.tracking;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static vn.police.grievance.support.ProcessTestSupport.*;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.police.grievance.intake.IntakeService;
import vn.police.grievance.intake.SubmitItemRequest;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.support.ProcessDriver;

/**
 * Officers type without accents all the time: the items API, the inspectors' search and the
 * regulation catalogue find Vietnamese text with or without accents, in any case, over the title,
 * the content, the proposal and the delivered answer, on H2 and on PostgreSQL alike.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class VietnameseSearchTest {

  static final RequestPostProcessor RECEPTION = httpBasic("tiepnhan", "Demo@2026!");
  static final RequestPostProcessor INSPECTOR = httpBasic("thanhtra", "Demo@2026!");
  static final String REG = "42/2021/NĐ-CP";

  @Autowired MockMvc mvc;
  @Autowired IntakeService intake;
  @Autowired ProcessDriver driver;

  private GrievanceItem submit(String title, String content, String proposal) {
    return intake.submit(new SubmitItemRequest(null, "FACILITIES", title, content, proposal, null),
        UUID.randomUUID().toString(), ProcessDriver.LONG_HOA).item();
  }

  private void finds(String path, String q, String reference) throws Exception {
    mvc.perform(get(path).param("q", q).with(path.startsWith("/api/audit") ? INSPECTOR : RECEPTION))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content[*].reference").value(hasItem(reference)));
  }

  @Test
  void anItemIsFoundWithOrWithoutAccentsByTitleContentAndProposal() throws Exception {
    String marker = "Phường" + UUID.randomUUID().toString().substring(0, 6);
    GrievanceItem item = submit("Chưa có trụ sở làm việc riêng " + marker, "Công an xã đang làm việc nhờ tại hội trường thôn Đông.",
        "Đề nghị bố trí đất xây dựng trụ sở");
    for (String q : new String[] {"trụ sở " + marker, "tru so " + marker, "TRU SO " + marker.toUpperCase(),
        "hoi truong thon dong " + marker, "de nghi bo tri dat " + marker, item.reference()}) {
      finds("/api/items", q, item.reference());
      finds("/api/audit/items", q, item.reference());
    }
    mvc.perform(get("/api/items").param("q", "tru so khong co " + marker).with(RECEPTION))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.content[*].reference").value(not(hasItem(item.reference()))));
  }

  @Test
  void aDeliveredAnswerFindsItsItem() throws Exception {
    String marker = "Kinhphi" + UUID.randomUUID().toString().substring(0, 6);
    GrievanceItem item = submit("Xin kinh phí sửa chữa", "Mái nhà dột.", null);
    driver.complete(item, "userTask_triage", "tiepnhan", answerNow(REG));
    driver.complete(item, "userTask_draftImmediateAnswer", "tiepnhan",
        immediateAnswer("Ủy ban nhân dân xã bố trí ngân sách năm 2027 " + marker, REG));
    // a draft is not searchable: only what the unit may read is
    mvc.perform(get("/api/items").param("q", "ngan sach " + marker).with(RECEPTION))
        .andExpect(jsonPath("$.content[*].reference").value(not(hasItem(item.reference()))));
    driver.complete(item, "userTask_leadershipSignOff", "lanhdao", approve());
    driver.runAsyncJobs(item);
    finds("/api/items", "uy ban nhan dan ngan sach " + marker, item.reference());
  }

  @Test
  void itemsWithTheWordsInTheirTitleComeFirst() throws Exception {
    String marker = "Xepthu" + UUID.randomUUID().toString().substring(0, 6);
    GrievanceItem inContent = submit("Thiếu phương tiện", "Cần xe tuần tra " + marker, null);
    GrievanceItem inTitle = submit("Xe tuần tra hỏng " + marker, "Không có kinh phí sửa.", null);
    mvc.perform(get("/api/items").param("q", "xe tuan tra " + marker).with(RECEPTION))
        .andExpect(jsonPath("$.content[0].reference").value(inTitle.reference()))
        .andExpect(jsonPath("$.content[1].reference").value(inContent.reference()));
  }

  @Test
  void theCatalogueIsFoundWithoutAccentsToo() throws Exception {
    mvc.perform(get("/api/regulations").param("q", "nghi dinh cong an xa chinh quy").with(RECEPTION))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].code").value(hasItem(REG)));
    mvc.perform(get("/api/regulations").param("q", "TRỤ SỞ").with(RECEPTION))
        .andExpect(jsonPath("$[*].code").value(hasItem(REG)));
    mvc.perform(get("/api/regulations").param("q", "bao cao tuan").with(RECEPTION))
        .andExpect(jsonPath("$[*].code").value(hasItem("MAU-01/2026/CAT")))
        .andExpect(jsonPath("$[*].code").value(not(hasItem(REG))));
  }
}
