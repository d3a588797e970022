package vn.police.grievance.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A text search matching more items than the cap (ADR 0009), through the items API and the
 * inspectors' search: the total is the cap and flagged, the pages are the newest matches in order,
 * page after page; at the cap or under it the total is exact; a listing without a text is counted
 * exactly however long it is. On H2 and on PostgreSQL alike.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CappedSearchTest {

  static final RequestPostProcessor RECEPTION = httpBasic("tiepnhan", "Demo@2026!");
  static final RequestPostProcessor INSPECTOR = httpBasic("thanhtra", "Demo@2026!");
  static final int CAP = CappedSearch.TOTAL_CAP;
  /** Items every one of which holds the common word: five more than the cap. */
  static final int ITEMS = CAP + 5;
  static final String UNIT = "cax-long-hoa";

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @Autowired ItemRepository items;
  @Autowired JdbcClient jdbc;

  /** Letters only, unlike any other item's words: what these items, and only they, hold. */
  final String tag = "kt" + letters(UUID.randomUUID().toString().replace("-", "").substring(0, 10));

  /** Hex digits as letters (0–9 become g–p), so that the tag is letters whatever the UUID. */
  static String letters(String hex) {
    StringBuilder out = new StringBuilder();
    hex.chars().forEach(c -> out.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : (char) c));
    return out.toString();
  }
  final String common = "chung" + tag;
  final String thousand = "nghin" + tag;
  final String rare = "hiem" + tag;
  /** References of the items, newest first. */
  final List<String> newestFirst = new ArrayList<>();

  /**
   * Item n (0 the oldest) holds the common word; the first thousand the "thousand" word, exactly the
   * cap; every hundredth the rare word. Every third has the words in its title, the others in their
   * content: were they ranked, those would come first. Written straight into the table: a thousand
   * processes are not what is tested.
   */
  @BeforeAll
  void items() {
    OffsetDateTime oldest = OffsetDateTime.of(2001, 1, 1, 8, 0, 0, 0, ZoneOffset.ofHours(7));
    String prefix = "CS-" + tag.substring(2, 8).toUpperCase() + "-";
    for (int n = 0; n < ITEMS; n++) {
      String words = common + (n < CAP ? " " + thousand : "") + (n % 100 == 0 ? " " + rare : "");
      boolean inTitle = n % 3 == 0;
      String reference = prefix + String.format("%04d", n);
      items.insert(new ItemRepository.NewItem(reference, UNIT, Category.FACILITIES,
          inTitle ? "Trụ sở " + words : "Trụ sở xuống cấp", inTitle ? "Mái dột." : "Mái dột " + words + ".", null, null,
          "xa.longhoa", oldest.plusMinutes(n), "capped-search-" + reference));
      newestFirst.add(0, reference);
    }
  }

  @AfterAll
  void removeItems() {
    jdbc.sql("DELETE FROM grievance_item WHERE idempotency_key LIKE ?").param("capped-search-CS-" + tag.substring(2, 8).toUpperCase() + "-%")
        .update();
  }

  private JsonNode page(String path, RequestPostProcessor who, String... params) throws Exception {
    var request = get(path).with(who);
    for (int i = 0; i < params.length; i += 2) {
      request.param(params[i], params[i + 1]);
    }
    return json.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
  }

  private static List<String> references(JsonNode page) {
    List<String> refs = new ArrayList<>();
    page.get("content").forEach(item -> refs.add(item.get("reference").asText()));
    return refs;
  }

  @Test
  void aTextMatchingMoreThanTheCapIsCountedToTheCapFlaggedAndPagedNewestFirst() throws Exception {
    for (String path : new String[] {"/api/items", "/api/audit/items"}) {
      RequestPostProcessor who = path.equals("/api/items") ? RECEPTION : INSPECTOR;
      JsonNode first = page(path, who, "q", common, "size", "20");
      assertThat(first.get("totalElements").asLong()).as(path).isEqualTo(CAP);
      assertThat(first.get("totalCapped").asBoolean()).as(path).isTrue();
      // newest first, the items with the word in their title not ranked ahead
      assertThat(references(first)).as(path).containsExactlyElementsOf(newestFirst.subList(0, 20));
      assertThat(references(page(path, who, "q", common, "size", "20", "page", "7")))
          .as(path).containsExactlyElementsOf(newestFirst.subList(140, 160));
      // past the cap the pages go on, the last one short
      assertThat(references(page(path, who, "q", common, "size", "100", "page", "10")))
          .as(path).containsExactlyElementsOf(newestFirst.subList(1000, ITEMS));
      // accents and case do not matter, nor other words the items hold
      JsonNode typed = page(path, who, "q", "TRỤ SỞ " + common.toUpperCase(), "size", "5");
      assertThat(typed.get("totalCapped").asBoolean()).as(path).isTrue();
      assertThat(references(typed)).as(path).containsExactlyElementsOf(newestFirst.subList(0, 5));
    }
  }

  @Test
  void aTextMatchingTheCapOrFewerIsCountedExactly() throws Exception {
    for (String path : new String[] {"/api/items", "/api/audit/items"}) {
      RequestPostProcessor who = path.equals("/api/items") ? RECEPTION : INSPECTOR;
      JsonNode atCap = page(path, who, "q", thousand, "size", "50", "page", "19");
      assertThat(atCap.get("totalElements").asLong()).as(path).isEqualTo(CAP);
      assertThat(atCap.get("totalCapped").asBoolean()).as(path).isFalse();
      assertThat(references(atCap)).as(path).hasSize(50);
      JsonNode few = page(path, who, "q", rare + " " + common, "size", "100");
      assertThat(few.get("totalElements").asLong()).as(path).isEqualTo(11);
      assertThat(few.get("totalCapped").asBoolean()).as(path).isFalse();
      assertThat(references(few)).as(path).containsExactlyInAnyOrderElementsOf(
          newestFirst.stream().filter(r -> Integer.parseInt(r.substring(r.length() - 4)) % 100 == 0).toList());
    }
  }

  @Test
  void aListingWithoutTextIsCountedExactlyPastTheCap() throws Exception {
    long inUnit = jdbc.sql("SELECT COUNT(*) FROM grievance_item WHERE unit_id = ?").param(UNIT).query(Long.class).single();
    assertThat(inUnit).isGreaterThan(CAP);
    JsonNode listing = page("/api/items", RECEPTION, "unit", UNIT, "size", "10");
    assertThat(listing.get("totalElements").asLong()).isEqualTo(inUnit);
    assertThat(listing.get("totalCapped").asBoolean()).isFalse();
    JsonNode audit = page("/api/audit/items", INSPECTOR, "unit", UNIT, "size", "10");
    assertThat(audit.get("totalElements").asLong()).isEqualTo(inUnit);
    assertThat(audit.get("totalCapped").asBoolean()).isFalse();
  }
}
