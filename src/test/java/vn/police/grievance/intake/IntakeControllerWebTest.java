package vn.police.grievance.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.police.grievance.item.Category;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.item.ItemStatus;
import vn.police.grievance.tracking.ItemView;
import vn.police.grievance.tracking.ItemViews;
import vn.police.grievance.system.CurrentUser;
import vn.police.grievance.system.CurrentUsers;
import vn.police.grievance.support.WebSlices;
import vn.police.grievance.system.InvalidInputException;
import vn.police.grievance.system.InvalidInputException.FieldProblem;

/**
 * Submitting over the API, the web layer alone: 201 with Location for a new item, 200 for a retry,
 * the Idempotency-Key header, and errors as problem details. The submission rules themselves live
 * in {@link IntakeService} (mocked here; the full flow is in {@code item/ItemApiTest}); the
 * security filter chain is left out of this slice and covered by
 * {@code security/AuthorizationMatrixTest}.
 */
@WebMvcTest(controllers = IntakeController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(CurrentUsers.class)
@WithMockUser(username = "xa.longhoa", authorities = {"GROUP_cax-long-hoa", "ROLE_USER"})
class IntakeControllerWebTest {

  static final CurrentUser LONG_HOA = new CurrentUser("xa.longhoa", Set.of("cax-long-hoa"));
  static final OffsetDateTime SUBMITTED = OffsetDateTime.parse("2026-03-02T08:15:00+07:00");
  static final String BODY = """
      {"category":"FACILITIES","title":"Trụ sở bị dột","content":"Mùa mưa bị dột.",
       "proposal":"Sửa chữa mái","contact":"0912 000 000"}""";

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  @MockitoBean vn.police.grievance.tracking.SimilarItems similarItems;
  @MockitoBean IntakeService intake;
  @MockitoBean ItemViews views;

  static GrievanceItem item() {
    return new GrievanceItem(
        7L, "KN-2026-000007", "cax-long-hoa", Category.FACILITIES, "Trụ sở bị dột", "Mùa mưa bị dột.",
        "Sửa chữa mái", "0912 000 000", ItemStatus.IN_TRIAGE, null, null, "xa.longhoa", SUBMITTED, SUBMITTED,
        null, "pi-7", 0);
  }

  static ItemView view() {
    return new ItemView(
        "KN-2026-000007",
        new ItemView.Labelled("cax-long-hoa", "Công an xã Long Hòa"),
        new ItemView.Labelled("FACILITIES", "Trụ sở, cơ sở vật chất"),
        "Trụ sở bị dột", "Mùa mưa bị dột.", "Sửa chữa mái", "0912 000 000",
        new ItemView.Labelled("IN_TRIAGE", "Đang phân loại"),
        null, null, "xa.longhoa", SUBMITTED, SUBMITTED, null, 0, null, null,
        List.of(new ItemView.StatusView("RECEIVED", "Đã tiếp nhận", SUBMITTED, "xa.longhoa")));
  }

  @Test
  void theSliceRunsWithoutTheEngineOrADatabase() {
    WebSlices.assertWebLayerOnly(context);
  }

  @Test
  void aNewSubmissionIsA201WithTheItemsLocationAndTheItem() throws Exception {
    when(intake.submit(any(), any(), any())).thenReturn(new IntakeService.Submission(item(), true));
    when(views.of(item())).thenReturn(view());

    mvc.perform(post("/api/items").contentType(MediaType.APPLICATION_JSON).content(BODY))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/items/KN-2026-000007"))
        .andExpect(content().contentType(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.reference").value("KN-2026-000007"))
        .andExpect(jsonPath("$.status.key").value("IN_TRIAGE"))
        .andExpect(jsonPath("$.statusHistory[0].status").value("RECEIVED"));

    ArgumentCaptor<SubmitItemRequest> request = ArgumentCaptor.forClass(SubmitItemRequest.class);
    verify(intake).submit(request.capture(), isNull(), eq(LONG_HOA));
    assertThat(request.getValue())
        .isEqualTo(new SubmitItemRequest(null, "FACILITIES", "Trụ sở bị dột", "Mùa mưa bị dột.", "Sửa chữa mái", "0912 000 000"));
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyIsA200WithoutLocation() throws Exception {
    when(intake.submit(any(), eq("retry-1"), any())).thenReturn(new IntakeService.Submission(item(), false));
    when(views.of(item())).thenReturn(view());

    mvc.perform(post("/api/items").header("Idempotency-Key", "retry-1").contentType(MediaType.APPLICATION_JSON).content(BODY))
        .andExpect(status().isOk())
        .andExpect(header().doesNotExist("Location"))
        .andExpect(jsonPath("$.reference").value("KN-2026-000007"));

    verify(intake).submit(any(), eq("retry-1"), eq(LONG_HOA));
  }

  @Test
  void anIdempotencyKeyUsedBySomeoneElseIsA409Problem() throws Exception {
    when(intake.submit(any(), eq("taken"), any())).thenThrow(new IntakeService.IdempotencyKeyConflictException());

    mvc.perform(post("/api/items").header("Idempotency-Key", "taken").contentType(MediaType.APPLICATION_JSON).content(BODY))
        .andExpect(status().isConflict())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(409))
        .andExpect(jsonPath("$.title").value("Conflict"))
        .andExpect(jsonPath("$.instance").value("/api/items"));
  }

  @Test
  void aSubmissionWithoutTitleIsA400ProblemNamingTheField() throws Exception {
    when(intake.submit(any(), any(), any()))
        .thenThrow(new InvalidInputException(List.of(
            new FieldProblem("title", "Bắt buộc nhập (required)"),
            new FieldProblem("content", "Bắt buộc nhập (required)"))));

    mvc.perform(post("/api/items").contentType(MediaType.APPLICATION_JSON).content("{\"category\":\"FACILITIES\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:problem:grievance:validation"))
        .andExpect(jsonPath("$.title").value("Invalid input"))
        .andExpect(jsonPath("$.errors.length()").value(2))
        .andExpect(jsonPath("$.errors[0].field").value("title"))
        .andExpect(jsonPath("$.errors[0].message").value("Bắt buộc nhập (required)"))
        .andExpect(jsonPath("$.errors[1].field").value("content"));
  }

  @Test
  void aSubmissionForAnotherUnitIsA403Problem() throws Exception {
    when(intake.submit(any(), any(), any())).thenThrow(new AccessDeniedException("A commune unit submits only for itself"));

    mvc.perform(post("/api/items").contentType(MediaType.APPLICATION_JSON).content("{\"unitId\":\"cax-phuoc-lam\"}"))
        .andExpect(status().isForbidden())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("Forbidden"))
        // the reason stays in the log, not in the answer
        .andExpect(jsonPath("$.detail").value("Không có quyền thực hiện (access denied)"));
  }

  @Test
  void malformedJsonIsA400ProblemAndReachesNoService() throws Exception {
    mvc.perform(post("/api/items").contentType(MediaType.APPLICATION_JSON).content("{\"title\": "))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("Malformed request body"))
        .andExpect(jsonPath("$.detail").value("Nội dung JSON không đọc được (malformed JSON)"));
    verifyNoInteractions(intake);
  }

  @Test
  void aSubmissionThatIsNeitherJsonNorMultipartIsA415ProblemNamingBoth() throws Exception {
    mvc.perform(post("/api/items").contentType(MediaType.APPLICATION_FORM_URLENCODED).content("title=Trụ+sở"))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        // in no particular order: Spring lists the types of the mappings it found
        .andExpect(header().string("Accept", org.hamcrest.Matchers.allOf(
            org.hamcrest.Matchers.containsString(MediaType.APPLICATION_JSON_VALUE),
            org.hamcrest.Matchers.containsString(MediaType.MULTIPART_FORM_DATA_VALUE))));
    verifyNoInteractions(intake);
  }
}
