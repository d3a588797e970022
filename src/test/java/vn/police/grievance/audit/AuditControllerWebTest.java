package vn.police.grievance.audit;

import vn.police.grievance.journal.ChainReport;
import vn.police.grievance.journal.AuditChain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.police.grievance.item.Category;
import vn.police.grievance.item.ItemStatus;
import vn.police.grievance.tracking.ItemView.Labelled;
import vn.police.grievance.item.Page;
import vn.police.grievance.organisation.OrgUnit;
import vn.police.grievance.organisation.OrganisationService;
import vn.police.grievance.organisation.UnitKind;
import vn.police.grievance.system.CurrentUser;
import vn.police.grievance.system.CurrentUsers;
import vn.police.grievance.support.WebSlices;
import vn.police.grievance.system.NotFoundException;

/**
 * The auditors' API, web layer alone: search parameters and their limits, the JSON of a file, and
 * the CSV and PDF downloads (content type, Content-Disposition, BOM, delimiter). What a file holds
 * and how the PDF looks are tested in {@code AuditTrailTest} and {@code AuditApiTest}; the security
 * filter chain is left out of this slice and covered by {@code security/AuthorizationMatrixTest}.
 */
@WebMvcTest(controllers = AuditController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(CurrentUsers.class)
@WithMockUser(username = "thanhtra", authorities = {"GROUP_auditors", "ROLE_USER"})
class AuditControllerWebTest {

  static final CurrentUser INSPECTOR = new CurrentUser("thanhtra", Set.of("auditors"));
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  /** 17:30 in UTC is already the next day in Vietnam: downloads are named after the local date. */
  static final Instant NOW = Instant.parse("2026-03-15T17:30:00Z");
  static final OffsetDateTime SUBMITTED = OffsetDateTime.parse("2026-03-02T01:15:00Z");
  static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @TestConfiguration
  static class FixedClock {
    @Bean
    Clock clock() {
      return Clock.fixed(NOW, VIETNAM);
    }
  }

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  @MockitoBean AuditService audit;
  @MockitoBean AuditAccess access;
  @MockitoBean AuditPdf pdf;
  @MockitoBean OrganisationService organisation;

  static AuditItem item() {
    return new AuditItem(
        "KN-2026-000001", new Labelled("cax-long-hoa", "Công an xã Long Hòa"),
        new Labelled("FACILITIES", "Trụ sở, cơ sở vật chất"), "Trụ sở bị dột, mùa mưa",
        new Labelled("CLOSED", "Đã kết thúc"), null, null, "xa.longhoa", SUBMITTED, null, 1, true, "pi-1");
  }

  static ItemFile file() {
    TimelineEntry submitted = new TimelineEntry(
        SUBMITTED, TimelineEntry.Source.JOURNAL, "SUBMITTED", "Gửi kiến nghị", "xa.longhoa", "Nguyễn Văn A",
        "Tiếp nhận", "intake", null, null, null, null, null, "pi-1", 12L, "ab12");
    return new ItemFile(
        "KN-2026-000001", new Labelled("cax-long-hoa", "Công an xã Long Hòa"),
        new Labelled("FACILITIES", "Trụ sở, cơ sở vật chất"), "Trụ sở bị dột", "Mùa mưa bị dột.", null, null,
        new Labelled("IN_TRIAGE", "Đang phân loại"), null, null, "xa.longhoa", SUBMITTED, null, 0, true, "pi-1",
        List.of("pi-1"), null, List.of(), List.of(), List.of(submitted));
  }

  @BeforeEach
  void stubs() {
    when(audit.search(any(), anyInt(), anyInt()))
        .thenAnswer(call -> new Page<>(List.of(item()), call.getArgument(1), call.getArgument(2), 1));
    when(audit.file("KN-2026-000001")).thenReturn(file());
    when(audit.chainHead()).thenReturn(new AuditChain.Head(41, "c0ffee", 0, null));
    doAnswer(call -> {
          Consumer<AuditItem> rows = call.getArgument(1);
          rows.accept(item());
          return null;
        })
        .when(audit).forEach(any(), any());
  }

  private static String text(MvcResult result) {
    byte[] body = result.getResponse().getContentAsByteArray();
    return new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
  }

  @Test
  void theSliceRunsWithoutTheEngineOrADatabase() {
    WebSlices.assertWebLayerOnly(context);
  }

  // --- Search ---------------------------------------------------------------------------------

  @Test
  void aSearchBindsEveryCriterionAndCoversWholeDaysInTheClocksZone() throws Exception {
    mvc.perform(get("/api/audit/items")
            .param("q", " dột ").param("unit", "cax-long-hoa").param("category", "facilities")
            .param("department", "pv01").param("status", "closed").param("state", "finished")
            .param("from", "2026-03-01").param("to", "2026-03-31"))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.content[0].reference").value("KN-2026-000001"))
        .andExpect(jsonPath("$.content[0].finished").value(true))
        .andExpect(jsonPath("$.content[0].route").doesNotExist())
        .andExpect(jsonPath("$.page").value(0))
        .andExpect(jsonPath("$.size").value(20));

    ArgumentCaptor<AuditQuery> query = ArgumentCaptor.forClass(AuditQuery.class);
    verify(audit).search(query.capture(), eq(0), eq(20));
    verify(access).check(INSPECTOR);
    assertThat(query.getValue()).isEqualTo(new AuditQuery(
        "dột", "cax-long-hoa", Category.FACILITIES, "pv01", ItemStatus.CLOSED, AuditQuery.State.FINISHED,
        OffsetDateTime.parse("2026-03-01T00:00:00+07:00"), OffsetDateTime.parse("2026-04-01T00:00:00+07:00")));
  }

  @Test
  void aPageOf200IsAllowedAndOf201IsA400ProblemNamingSize() throws Exception {
    mvc.perform(get("/api/audit/items").param("size", "200").param("page", "3"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.size").value(200));
    verify(audit).search(any(), eq(3), eq(200));

    mvc.perform(get("/api/audit/items").param("size", "201"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:problem:grievance:validation"))
        .andExpect(jsonPath("$.errors[0].field").value("size"));
  }

  @Test
  void everyBadCriterionIsListedInOneProblem() throws Exception {
    mvc.perform(get("/api/audit/items")
            .param("category", "WEATHER").param("status", "LOST").param("state", "PAUSED")
            .param("from", "2026-03-31").param("to", "2026-03-01"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("Invalid input"))
        .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("category", "status", "state", "to")));
    verify(audit, org.mockito.Mockito.never()).search(any(), anyInt(), anyInt());
  }

  @Test
  void aSearchTermOver200CharactersIsA400ProblemNamingIt() throws Exception {
    mvc.perform(get("/api/audit/items").param("q", "x".repeat(201)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.type").value("urn:problem:grievance:validation"))
        .andExpect(jsonPath("$.errors[0].field").value("q"));
    verify(audit, org.mockito.Mockito.never()).search(any(), anyInt(), anyInt());
  }

  @Test
  void someoneWhoIsNoReaderGetsA403ProblemAndNoFile() throws Exception {
    doThrow(new AccessDeniedException("Only inspectors ...")).when(access).check(any());

    for (String path : List.of("/api/audit/items", "/api/audit/items/KN-2026-000001",
        "/api/audit/items/KN-2026-000001.csv", "/api/audit/items.pdf", "/api/audit/verification")) {
      mvc.perform(get(path))
          .andExpect(status().isForbidden())
          .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(header().doesNotExist("Content-Disposition"))
          .andExpect(jsonPath("$.title").value("Forbidden"));
    }
    verifyNoInteractions(audit, pdf);
  }

  // --- One item's file ------------------------------------------------------------------------

  @Test
  void anItemsFileIsJsonWithItsTimeline() throws Exception {
    mvc.perform(get("/api/audit/items/KN-2026-000001"))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.reference").value("KN-2026-000001"))
        .andExpect(jsonPath("$.running").value(true))
        .andExpect(jsonPath("$.runningProcessInstanceIds[0]").value("pi-1"))
        .andExpect(jsonPath("$.entries[0].source").value("JOURNAL"))
        .andExpect(jsonPath("$.entries[0].position").value(12))
        .andExpect(jsonPath("$.entries[0].at").value("2026-03-02T01:15:00Z"));
  }

  @Test
  void aMissingItemIsA404ProblemAlsoForItsDownloads() throws Exception {
    when(audit.file("KN-2026-999999")).thenThrow(new NotFoundException("No item KN-2026-999999"));

    for (String path : List.of("/api/audit/items/KN-2026-999999", "/api/audit/items/KN-2026-999999.csv",
        "/api/audit/items/KN-2026-999999.pdf")) {
      mvc.perform(get(path))
          .andExpect(status().isNotFound())
          .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(header().doesNotExist("Content-Disposition"));
    }
    verifyNoInteractions(pdf);
  }

  @Test
  void anItemsFileDownloadsAsUtf8CsvWithBomNamedAfterItsReference() throws Exception {
    MvcResult result = mvc.perform(get("/api/audit/items/KN-2026-000001.csv"))
        .andExpect(status().isOk())
        .andExpect(content().contentType("text/csv;charset=UTF-8"))
        .andExpect(header().string("Content-Disposition", "attachment; filename=\"ho-so-KN-2026-000001.csv\""))
        .andExpect(header().string("Cache-Control", "no-store"))
        .andReturn();

    byte[] body = result.getResponse().getContentAsByteArray();
    assertThat(Arrays.copyOf(body, 3)).isEqualTo(BOM);
    List<String> lines = text(result).lines().toList();
    assertThat(lines.get(0)).startsWith("Số tham chiếu,Thời gian,Người thực hiện,");
    // the item's reference without ".csv", times in the clock's zone
    assertThat(lines.get(1)).startsWith("KN-2026-000001,2026-03-02 08:15:00,xa.longhoa,Nguyễn Văn A,");
    assertThat(lines).hasSize(2);
    assertThat(new String(body, StandardCharsets.UTF_8)).contains("\r\n");
  }

  @Test
  void aSemicolonDelimiterIsOfferedForVietnameseExcel() throws Exception {
    for (String delimiter : List.of("semicolon", ";")) {
      MvcResult result = mvc.perform(get("/api/audit/items/KN-2026-000001.csv").param("delimiter", delimiter))
          .andExpect(status().isOk())
          .andReturn();
      assertThat(text(result).lines().findFirst().orElseThrow()).startsWith("Số tham chiếu;Thời gian;Người thực hiện;");
    }
  }

  @Test
  void anUnknownDelimiterIsA400ProblemInsteadOfADownload() throws Exception {
    for (String path : List.of("/api/audit/items/KN-2026-000001.csv", "/api/audit/items.csv")) {
      mvc.perform(get(path).param("delimiter", "tab"))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(header().doesNotExist("Content-Disposition"))
          .andExpect(jsonPath("$.errors[0].field").value("delimiter"));
    }
    verifyNoInteractions(audit);
  }

  @Test
  void anItemsFileDownloadsAsPdfStampedWithTheReaderTheTimeAndTheChainHead() throws Exception {
    doAnswer(call -> {
          ((OutputStream) call.getArgument(0)).write("%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
          return null;
        })
        .when(pdf).file(any(), any(), any());

    mvc.perform(get("/api/audit/items/KN-2026-000001.pdf"))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_PDF))
        .andExpect(header().string("Content-Disposition", "attachment; filename=\"ho-so-KN-2026-000001.pdf\""))
        .andExpect(header().string("Cache-Control", "no-store"))
        .andExpect(content().bytes("%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));

    ArgumentCaptor<AuditPdf.Stamp> stamp = ArgumentCaptor.forClass(AuditPdf.Stamp.class);
    verify(pdf).file(any(), eq(file()), stamp.capture());
    assertThat(stamp.getValue())
        .isEqualTo(new AuditPdf.Stamp("thanhtra", OffsetDateTime.ofInstant(NOW, VIETNAM), 41, "c0ffee", VIETNAM));
  }

  // --- Search result exports ------------------------------------------------------------------

  @Test
  void aSearchResultDownloadsAsCsvNamedAfterTodayInVietnam() throws Exception {
    MvcResult result = mvc.perform(get("/api/audit/items.csv").param("state", "finished"))
        .andExpect(status().isOk())
        .andExpect(content().contentType("text/csv;charset=UTF-8"))
        .andExpect(header().string("Content-Disposition", "attachment; filename=\"tra-cuu-kien-nghi-2026-03-16.csv\""))
        .andExpect(header().string("Cache-Control", "no-store"))
        .andReturn();

    assertThat(Arrays.copyOf(result.getResponse().getContentAsByteArray(), 3)).isEqualTo(BOM);
    List<String> lines = text(result).lines().toList();
    assertThat(lines.get(0)).startsWith("Số tham chiếu,Đơn vị,Lĩnh vực,Tiêu đề,");
    // a field holding the delimiter is quoted
    assertThat(lines.get(1)).startsWith("KN-2026-000001,Công an xã Long Hòa,\"Trụ sở, cơ sở vật chất\",\"Trụ sở bị dột, mùa mưa\",");
    ArgumentCaptor<AuditQuery> query = ArgumentCaptor.forClass(AuditQuery.class);
    verify(audit).forEach(query.capture(), any());
    assertThat(query.getValue().state()).isEqualTo(AuditQuery.State.FINISHED);
  }

  @Test
  void aSearchResultDownloadsAsPdfDescribingTheCriteriaByName() throws Exception {
    when(organisation.nameOf("cax-long-hoa")).thenReturn("Công an xã Long Hòa");

    mvc.perform(get("/api/audit/items.pdf").param("unit", "cax-long-hoa").param("state", "RUNNING"))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_PDF))
        .andExpect(header().string("Content-Disposition", "attachment; filename=\"tra-cuu-kien-nghi-2026-03-16.pdf\""));
    verify(pdf).items(any(), eq("Đơn vị: Công an xã Long Hòa; Tình trạng: Đang xử lý"), any(), any());

    mvc.perform(get("/api/audit/items.pdf")).andExpect(status().isOk());
    verify(pdf).items(any(), eq("tất cả kiến nghị"), any(), any());
  }

  // --- Verification and options ---------------------------------------------------------------

  @Test
  void theChainVerificationIsReportedAsJson() throws Exception {
    when(audit.verify()).thenReturn(new ChainReport(
        false, 40, 1, 41, "c0ffee", 0, OffsetDateTime.ofInstant(NOW, VIETNAM),
        new ChainReport.ChainBreak(17L, 230L, "KN-2026-000003", ChainReport.Problem.ALTERED, "hash mismatch")));

    mvc.perform(get("/api/audit/verification"))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.intact").value(false))
        .andExpect(jsonPath("$.lastPosition").value(41))
        .andExpect(jsonPath("$.firstBreak.position").value(17))
        .andExpect(jsonPath("$.firstBreak.problem").value("ALTERED"))
        .andExpect(jsonPath("$.firstBreak.itemReference").value("KN-2026-000003"));
  }

  @Test
  void theSearchOptionsListCommunesAndDepartmentsSeparatelyWithLabels() throws Exception {
    when(organisation.all()).thenReturn(List.of(
        new OrgUnit("cax-long-hoa", UnitKind.COMMUNE, "Công an xã Long Hòa", "Long Hoa", "cah-can-duoc", true, false),
        new OrgUnit("cah-can-duoc", UnitKind.DISTRICT, "Công an huyện Cần Đước", "Can Duoc", "province", true, false),
        new OrgUnit("pv01", UnitKind.DEPARTMENT, "Phòng Hậu cần", "Logistics", "province", true, false)));

    mvc.perform(get("/api/audit/options"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.categories.length()").value(Category.values().length))
        .andExpect(jsonPath("$.categories[0].key").value("REPORTING"))
        .andExpect(jsonPath("$.categories[0].label").value("Chế độ báo cáo"))
        .andExpect(jsonPath("$.statuses.length()").value(ItemStatus.values().length))
        .andExpect(jsonPath("$.states[*].key").value(org.hamcrest.Matchers.contains("RUNNING", "FINISHED")))
        .andExpect(jsonPath("$.units[*].key").value(org.hamcrest.Matchers.contains("cax-long-hoa")))
        .andExpect(jsonPath("$.departments[*].key").value(org.hamcrest.Matchers.contains("pv01")))
        .andExpect(jsonPath("$.departments[0].label").value("Phòng Hậu cần"));
  }
}
