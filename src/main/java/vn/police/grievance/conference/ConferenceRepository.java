package vn.police.grievance.conference;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.police.grievance.item.Category;
import vn.police.grievance.item.ItemStatus;

/** The conferences, the units invited and the items raised, in our own tables. */
@Repository
class ConferenceRepository {

  private final JdbcClient jdbc;

  ConferenceRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record NewConference(
      String reference,
      String title,
      OffsetDateTime startsAt,
      OrganiserLevel level,
      String organiserName,
      String chairId,
      String chairTitle,
      String secretaryId,
      ConferenceFormat format,
      String venue,
      List<String> bridgePoints,
      List<String> invitedUnitIds,
      String plannedBy,
      OffsetDateTime plannedAt) {}

  long insert(NewConference c) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO conference (reference, title, starts_at, organiser_level, organiser_name, chair_id, chair_title,"
                + " secretary_id, format, venue, bridge_points, status, planned_by, planned_at, updated_at)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
        .params(c.reference(), c.title(), c.startsAt(), c.level().name(), c.organiserName(), c.chairId(), c.chairTitle(),
            c.secretaryId(), c.format().name(), c.venue(), joinLines(c.bridgePoints()), ConferenceStatus.PLANNED.name(),
            c.plannedBy(), c.plannedAt(), c.plannedAt())
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    for (String unit : c.invitedUnitIds()) {
      jdbc.sql("INSERT INTO conference_unit (conference_id, unit_id) VALUES (?,?)").params(id, unit).update();
    }
    return id;
  }

  void bindProcess(long id, String processInstanceId) {
    jdbc.sql("UPDATE conference SET process_instance_id = ? WHERE id = ?").params(processInstanceId, id).update();
  }

  Optional<Conference> find(long id) {
    return jdbc.sql("SELECT * FROM conference WHERE id = ?").param(id).query((rs, i) -> conference(rs)).optional();
  }

  /** Locks the conference's row for the rest of the transaction: its items are numbered and decided one at a time. */
  Optional<Conference> lock(long id) {
    return jdbc.sql("SELECT * FROM conference WHERE id = ? FOR UPDATE").param(id).query((rs, i) -> conference(rs)).optional();
  }

  Optional<Conference> findByReference(String reference) {
    return jdbc.sql("SELECT * FROM conference WHERE reference = ?").param(reference).query((rs, i) -> conference(rs)).optional();
  }

  /** Newest first; {@code unitIds} null for all conferences, else those inviting one of them. */
  List<Conference> list(Collection<String> unitIds, int limit) {
    if (unitIds == null) {
      return jdbc.sql("SELECT * FROM conference ORDER BY starts_at DESC, id DESC FETCH FIRST " + limit + " ROWS ONLY")
          .query((rs, i) -> conference(rs)).list();
    }
    if (unitIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT * FROM conference c WHERE EXISTS (SELECT 1 FROM conference_unit u WHERE u.conference_id = c.id"
                + " AND u.unit_id IN (:units)) ORDER BY starts_at DESC, id DESC FETCH FIRST " + limit + " ROWS ONLY")
        .param("units", List.copyOf(unitIds))
        .query((rs, i) -> conference(rs)).list();
  }

  void updateStatus(long id, ConferenceStatus status, OffsetDateTime at) {
    String stamp =
        switch (status) {
          case IN_SESSION -> ", opened_at = :at";
          case CONCLUDING -> ", session_ended_at = :at";
          case CLOSED -> ", closed_at = :at";
          default -> "";
        };
    jdbc.sql("UPDATE conference SET status = :status, updated_at = :at" + stamp + " WHERE id = :id")
        .param("status", status.name()).param("at", at).param("id", id).update();
  }

  void updateConclusions(long id, String conclusions, OffsetDateTime at) {
    jdbc.sql("UPDATE conference SET conclusions = ?, updated_at = ? WHERE id = ?").params(conclusions, at, id).update();
  }

  // --- items raised ---------------------------------------------------------------------------

  int nextPosition(long conferenceId) {
    Integer max = jdbc.sql("SELECT MAX(position) FROM conference_item WHERE conference_id = ?").param(conferenceId)
        .query(Integer.class).optional().orElse(null);
    return max == null ? 1 : max + 1;
  }

  void addItem(long conferenceId, long itemId, int position, boolean inAdvance) {
    jdbc.sql("INSERT INTO conference_item (item_id, conference_id, position, in_advance, outcome) VALUES (?,?,?,?,?)")
        .params(itemId, conferenceId, position, inAdvance, ConferenceOutcome.PENDING.name()).update();
  }

  private static final String ITEMS =
      "SELECT ci.*, g.reference, g.unit_id, g.category, g.title, g.content, g.proposal, g.status, g.process_instance_id,"
          + " g.closed_at, a.body AS answer_body FROM conference_item ci JOIN grievance_item g ON g.id = ci.item_id"
          + " LEFT JOIN item_answer a ON a.id = ci.answer_id";

  List<RaisedItem> items(long conferenceId) {
    return jdbc.sql(ITEMS + " WHERE ci.conference_id = ? ORDER BY ci.position").param(conferenceId)
        .query((rs, i) -> raised(rs)).list();
  }

  Optional<RaisedItem> item(long conferenceId, long itemId) {
    return jdbc.sql(ITEMS + " WHERE ci.conference_id = ? AND ci.item_id = ?").params(conferenceId, itemId)
        .query((rs, i) -> raised(rs)).optional();
  }

  /** The conference an item was raised at, if any. */
  Optional<Long> conferenceOf(long itemId) {
    return jdbc.sql("SELECT conference_id FROM conference_item WHERE item_id = ?").param(itemId).query(Long.class).optional();
  }

  void recordAnswer(long itemId, long answerId, String answeredBy, List<String> codes, String by, OffsetDateTime at) {
    jdbc.sql("UPDATE conference_item SET outcome = ?, answer_id = ?, answered_by = ?, regulation_codes = ?,"
            + " department_id = NULL, deadline = NULL, direction = NULL, decided_by = ?, decided_at = ? WHERE item_id = ?")
        .params(ConferenceOutcome.ANSWERED.name(), answerId, answeredBy, String.join(",", codes), by, at, itemId).update();
  }

  void recordAssignment(long itemId, String departmentId, LocalDate deadline, String direction, String by, OffsetDateTime at) {
    jdbc.sql("UPDATE conference_item SET outcome = ?, answer_id = NULL, answered_by = NULL, regulation_codes = NULL,"
            + " department_id = ?, deadline = ?, direction = ?, decided_by = ?, decided_at = ? WHERE item_id = ?")
        .params(ConferenceOutcome.ASSIGNED.name(), departmentId, deadline, direction, by, at, itemId).update();
  }

  void clearDecision(long itemId) {
    jdbc.sql("UPDATE conference_item SET outcome = ?, answer_id = NULL, answered_by = NULL, regulation_codes = NULL,"
            + " department_id = NULL, deadline = NULL, direction = NULL, decided_by = NULL, decided_at = NULL WHERE item_id = ?")
        .params(ConferenceOutcome.PENDING.name(), itemId).update();
  }

  /** Confirms the answer recorded; false when it was confirmed or sent on meanwhile. */
  boolean confirm(long itemId, long answerId, String chairId, OffsetDateTime at) {
    return jdbc.sql("UPDATE conference_item SET confirmed_by = ?, confirmed_at = ?, released_at = ? WHERE item_id = ?"
            + " AND answer_id = ? AND confirmed_at IS NULL AND released_at IS NULL")
        .params(chairId, at, at, itemId, answerId).update() == 1;
  }

  void released(long itemId, OffsetDateTime at) {
    jdbc.sql("UPDATE conference_item SET released_at = ? WHERE item_id = ?").params(at, itemId).update();
  }

  private static Conference conference(ResultSet rs) throws SQLException {
    long id = rs.getLong("id");
    return new Conference(
        id,
        rs.getString("reference"),
        rs.getString("title"),
        rs.getObject("starts_at", OffsetDateTime.class),
        OrganiserLevel.valueOf(rs.getString("organiser_level")),
        rs.getString("organiser_name"),
        rs.getString("chair_id"),
        rs.getString("chair_title"),
        rs.getString("secretary_id"),
        ConferenceFormat.valueOf(rs.getString("format")),
        rs.getString("venue"),
        lines(rs.getString("bridge_points")),
        null,
        ConferenceStatus.valueOf(rs.getString("status")),
        rs.getString("conclusions"),
        rs.getString("process_instance_id"),
        rs.getString("planned_by"),
        rs.getObject("planned_at", OffsetDateTime.class),
        rs.getObject("opened_at", OffsetDateTime.class),
        rs.getObject("session_ended_at", OffsetDateTime.class),
        rs.getObject("closed_at", OffsetDateTime.class));
  }

  /** The conference with the units it invited. */
  Conference withUnits(Conference c) {
    return withUnits(c, jdbc.sql("SELECT unit_id FROM conference_unit WHERE conference_id = ? ORDER BY unit_id")
        .param(c.id()).query(String.class).list());
  }

  static Conference withUnits(Conference c, List<String> units) {
    return new Conference(c.id(), c.reference(), c.title(), c.startsAt(), c.organiserLevel(), c.organiserName(),
        c.chairId(), c.chairTitle(), c.secretaryId(), c.format(), c.venue(), c.bridgePoints(), units, c.status(), c.conclusions(),
        c.processInstanceId(), c.plannedBy(), c.plannedAt(), c.openedAt(), c.sessionEndedAt(), c.closedAt());
  }

  /** Invited units of many conferences at once, by conference. */
  Map<Long, List<String>> unitsOf(Collection<Long> conferenceIds) {
    if (conferenceIds.isEmpty()) {
      return Map.of();
    }
    return jdbc.sql("SELECT conference_id, unit_id FROM conference_unit WHERE conference_id IN (:ids) ORDER BY unit_id")
        .param("ids", List.copyOf(conferenceIds))
        .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2)))
        .list().stream()
        .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
  }

  private static RaisedItem raised(ResultSet rs) throws SQLException {
    String codes = rs.getString("regulation_codes");
    Long answerId = rs.getObject("answer_id", Long.class);
    return new RaisedItem(
        rs.getLong("item_id"),
        rs.getString("reference"),
        rs.getString("unit_id"),
        Category.valueOf(rs.getString("category")),
        rs.getString("title"),
        rs.getString("content"),
        rs.getString("proposal"),
        ItemStatus.valueOf(rs.getString("status")),
        rs.getString("process_instance_id"),
        rs.getInt("position"),
        rs.getBoolean("in_advance"),
        ConferenceOutcome.valueOf(rs.getString("outcome")),
        answerId,
        rs.getString("answer_body"),
        rs.getString("answered_by"),
        codes == null || codes.isBlank() ? List.of() : Arrays.asList(codes.split(",")),
        rs.getString("department_id"),
        rs.getObject("deadline", LocalDate.class),
        rs.getString("direction"),
        rs.getString("decided_by"),
        rs.getObject("decided_at", OffsetDateTime.class),
        rs.getString("confirmed_by"),
        rs.getObject("confirmed_at", OffsetDateTime.class),
        rs.getObject("released_at", OffsetDateTime.class),
        rs.getObject("closed_at", OffsetDateTime.class));
  }

  private static String joinLines(List<String> lines) {
    return lines == null || lines.isEmpty() ? null : String.join("\n", lines);
  }

  private static List<String> lines(String text) {
    return text == null || text.isBlank() ? List.of() : List.of(text.split("\n"));
  }
}
