package vn.police.grievance.tracking;

import vn.police.grievance.item.Page;
import vn.police.grievance.item.ItemStatus;
import vn.police.grievance.item.ItemScope;
import vn.police.grievance.item.ItemRepository;
import vn.police.grievance.item.ItemCriteria;
import vn.police.grievance.item.ItemAccess;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.item.Category;
import vn.police.grievance.tracking.ItemController;
import vn.police.grievance.tracking.ItemView;
import vn.police.grievance.tracking.ItemViews;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.police.grievance.system.CurrentUser;
import vn.police.grievance.system.CurrentUsers;
import vn.police.grievance.support.WebSlices;

/**
 * The items read API's web layer alone: routing, parameter binding and limits, problem details,
 * JSON shape. Who may see which item is decided by {@link ItemAccess} (mocked here); the security
 * filter chain is left out of this slice and covered end to end by
 * {@code security/AuthorizationMatrixTest}.
 */
@WebMvcTest(controllers = ItemController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(CurrentUsers.class)
@WithMockUser(username = "xa.longhoa", authorities = {"GROUP_cax-long-hoa", "ROLE_USER"})
class ItemControllerWebTest {

  static final CurrentUser LONG_HOA = new CurrentUser("xa.longhoa", Set.of("cax-long-hoa"));
  static final OffsetDateTime SUBMITTED = OffsetDateTime.parse("2026-03-02T08:15:00+07:00");

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;

  @MockitoBean SimilarItems similarItems;
  @MockitoBean java.time.Clock clock;
  @MockitoBean ItemRepository items;
  @MockitoBean ItemViews views;
  @MockitoBean ItemAccess access;

  static GrievanceItem item(String reference) {
    return new GrievanceItem(
        1L, reference, "cax-long-hoa", Category.FACILITIES, "Trụ sở bị dột", "Mùa mưa bị dột.", null, null,
        ItemStatus.IN_TRIAGE, null, null, "xa.longhoa", SUBMITTED, SUBMITTED, null, "pi-1", 0);
  }

  static ItemView view(String reference) {
    return new ItemView(
        reference,
        new ItemView.Labelled("cax-long-hoa", "Công an xã Long Hòa"),
        new ItemView.Labelled("FACILITIES", "Trụ sở, cơ sở vật chất"),
        "Trụ sở bị dột",
        "Mùa mưa bị dột.",
        null,
        null,
        new ItemView.Labelled("IN_TRIAGE", "Đang phân loại"),
        null,
        null,
        "xa.longhoa",
        SUBMITTED,
        SUBMITTED,
        null,
        0,
        null,
        null,
        List.of(new ItemView.StatusView("RECEIVED", "Đã tiếp nhận", SUBMITTED, "xa.longhoa")));
  }

  @BeforeEach
  void scope() {
    when(access.scopeOf(any())).thenReturn(ItemScope.of(Set.of("cax-long-hoa"), Set.of()));
    when(items.search(any(), anyInt(), anyInt()))
        .thenAnswer(call -> new Page<>(List.of(item("KN-2026-000001")), call.getArgument(1), call.getArgument(2), 1));
    when(views.summaries(any())).thenAnswer(call -> {
      @SuppressWarnings("unchecked")
      Page<GrievanceItem> page = (Page<GrievanceItem>) call.getArgument(0);
      return page.map(item -> view(item.reference()));
    });
  }

  @Test
  void theSliceRunsWithoutTheEngineOrADatabase() {
    WebSlices.assertWebLayerOnly(context);
  }

  @Test
  void anItemInScopeIsReadAsJsonWithLabelsAndHistory() throws Exception {
    GrievanceItem item = item("KN-2026-000001");
    when(items.findByReference("KN-2026-000001")).thenReturn(Optional.of(item));
    when(access.mayRead(LONG_HOA, item)).thenReturn(true);
    when(views.of(item)).thenReturn(view("KN-2026-000001"));

    mvc.perform(get("/api/items/KN-2026-000001"))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.reference").value("KN-2026-000001"))
        .andExpect(jsonPath("$.unit.key").value("cax-long-hoa"))
        .andExpect(jsonPath("$.category.label").value("Trụ sở, cơ sở vật chất"))
        .andExpect(jsonPath("$.status.key").value("IN_TRIAGE"))
        .andExpect(jsonPath("$.submittedAt").value("2026-03-02T08:15:00+07:00"))
        .andExpect(jsonPath("$.statusHistory[0].status").value("RECEIVED"))
        // absent values are left out, not sent as null
        .andExpect(jsonPath("$.proposal").doesNotExist())
        .andExpect(jsonPath("$.answer").doesNotExist());
  }

  @Test
  void anItemOutOfScopeIsA404ProblemLikeAMissingOne() throws Exception {
    GrievanceItem other = item("KN-2026-000002");
    when(items.findByReference("KN-2026-000002")).thenReturn(Optional.of(other));
    when(access.mayRead(LONG_HOA, other)).thenReturn(false);
    when(items.findByReference("KN-2026-999999")).thenReturn(Optional.empty());

    for (String reference : List.of("KN-2026-000002", "KN-2026-999999")) {
      mvc.perform(get("/api/items/" + reference))
          .andExpect(status().isNotFound())
          .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.status").value(404))
          .andExpect(jsonPath("$.title").value("Not found"))
          // the message does not echo the reference: nothing tells the two cases apart
          .andExpect(jsonPath("$.detail").value("Không tìm thấy (not found)"));
    }
    verify(views, never()).of(any());
  }

  @Test
  void aReferenceLongerThan20CharactersIsA400ProblemNamingIt() throws Exception {
    mvc.perform(get("/api/items/" + "K".repeat(21)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:problem:grievance:validation"))
        .andExpect(jsonPath("$.errors[0].field").value("reference"));
    verifyNoInteractions(items);
  }

  @Test
  void aSearchWithoutParametersAsksForTheFirstPageOf20InTheCallersScope() throws Exception {
    mvc.perform(get("/api/items"))
        .andExpect(status().isOk())
        .andExpect(content().contentType(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.content[0].reference").value("KN-2026-000001"))
        .andExpect(jsonPath("$.page").value(0))
        .andExpect(jsonPath("$.size").value(20))
        .andExpect(jsonPath("$.totalElements").value(1));

    ArgumentCaptor<ItemCriteria> criteria = ArgumentCaptor.forClass(ItemCriteria.class);
    verify(items).search(criteria.capture(), eq(0), eq(20));
    verify(access).scopeOf(LONG_HOA);
    assertThat(criteria.getValue())
        .isEqualTo(new ItemCriteria(ItemScope.of(Set.of("cax-long-hoa"), Set.of()), null, null, null, null, null, null, null));
  }

  @Test
  void searchParametersAreBoundLenientlyAndDatesCoverWholeVietnameseDays() throws Exception {
    mvc.perform(get("/api/items")
            .param("unit", "  cax-phuoc-lam ")
            .param("status", "answered")
            .param("category", " Facilities")
            .param("department", "pv01")
            .param("from", "2026-03-01")
            .param("to", "2026-03-31")
            .param("q", "trụ sở")
            .param("page", "2")
            .param("size", "100"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.page").value(2))
        .andExpect(jsonPath("$.size").value(100));

    ArgumentCaptor<ItemCriteria> criteria = ArgumentCaptor.forClass(ItemCriteria.class);
    verify(items).search(criteria.capture(), eq(2), eq(100));
    assertThat(criteria.getValue())
        .isEqualTo(new ItemCriteria(
            ItemScope.of(Set.of("cax-long-hoa"), Set.of()),
            "cax-phuoc-lam",
            ItemStatus.ANSWERED,
            Category.FACILITIES,
            "pv01",
            OffsetDateTime.parse("2026-03-01T00:00:00+07:00"),
            OffsetDateTime.parse("2026-04-01T00:00:00+07:00"),
            "trụ sở"));
  }

  @Test
  void aPageSizeAbove100IsA400ProblemNamingSize() throws Exception {
    mvc.perform(get("/api/items").param("size", "101"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:problem:grievance:validation"))
        .andExpect(jsonPath("$.title").value("Invalid input"))
        .andExpect(jsonPath("$.errors[0].field").value("size"));
    mvc.perform(get("/api/items").param("size", "0"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("size"));
    mvc.perform(get("/api/items").param("page", "-1"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("page"));
    verifyNoInteractions(items);
  }

  @Test
  void aMalformedPageOrDateIsA400ProblemNamingTheParameter() throws Exception {
    mvc.perform(get("/api/items").param("page", "first"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("page"))
        .andExpect(jsonPath("$.errors[0].message").value("Giá trị không hợp lệ (malformed value)"));
    mvc.perform(get("/api/items").param("from", "01/03/2026"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("from"));
    verifyNoInteractions(items);
  }

  @Test
  void anUnknownStatusOrCategoryIsA400ProblemNamingTheField() throws Exception {
    mvc.perform(get("/api/items").param("status", "LOST"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("status"))
        .andExpect(jsonPath("$.errors[0].message").value("Giá trị không hợp lệ (unknown value): LOST"));
    mvc.perform(get("/api/items").param("category", "WEATHER"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("category"));
    verifyNoInteractions(items);
  }

  @Test
  void anEndDateBeforeTheStartDateIsA400ProblemNamingTo() throws Exception {
    mvc.perform(get("/api/items").param("from", "2026-03-31").param("to", "2026-03-01"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors.length()").value(1))
        .andExpect(jsonPath("$.errors[0].field").value("to"));
    verifyNoInteractions(items);
  }
}
