package vn.police.grievance.tracking;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import vn.police.grievance.item.GrievanceItem;
import vn.police.grievance.item.ItemAccess;
import vn.police.grievance.item.ItemService;
import vn.police.grievance.item.JournalEvent;
import vn.police.grievance.organisation.OrganisationService;
import vn.police.grievance.system.CurrentUser;
import vn.police.grievance.system.Groups;
import vn.police.grievance.system.InvalidInputException;

/**
 * Files backing an item: PDF, PNG and JPEG, their type read from their first bytes (a name says
 * nothing), at most {@link #MAX_BYTES}, kept unchanged with their SHA-256 and journalled. Whoever
 * may read the item may read them; its unit adds its own while the item is open, and so does the
 * provincial staff working on it.
 */
@Component
public class Attachments {

  public static final int MAX_BYTES = 10 * 1024 * 1024;
  static final int NAME_MAX = 200;

  /** A file as listed, without its content. */
  public record Attachment(long id, long itemId, String fileName, String contentType, long sizeBytes, String sha256,
      String uploadedBy, OffsetDateTime uploadedAt, String stepName) {}

  /** A file to download. */
  public record Download(Attachment attachment, byte[] content) {}

  private final JdbcClient jdbc;
  private final ItemAccess access;
  private final ItemService items;
  private final OrganisationService organisation;

  Attachments(JdbcClient jdbc, ItemAccess access, ItemService items, OrganisationService organisation) {
    this.jdbc = jdbc;
    this.access = access;
    this.items = items;
    this.organisation = organisation;
  }

  /** Reads at most {@link #MAX_BYTES} of an upload; a larger one is refused before it is all read. */
  public static byte[] read(InputStream body, long declaredLength) {
    if (declaredLength > MAX_BYTES) {
      throw tooLarge();
    }
    try {
      byte[] content = body.readNBytes(MAX_BYTES + 1);
      if (content.length > MAX_BYTES) {
        throw tooLarge();
      }
      return content;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ResponseStatusException tooLarge() {
    return new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "Tệp quá lớn: tối đa 10 MB (the file is larger than 10 MB)");
  }

  @Transactional
  public Attachment add(GrievanceItem item, String fileName, byte[] content, CurrentUser user) {
    return add(item, fileName, content, user, null);
  }

  /**
   * Attaches a file while {@code user} works on {@code step} of the item (null: to the item, as its
   * unit does): the file is listed and journalled with the step's name.
   */
  @Transactional
  public Attachment add(GrievanceItem item, String fileName, byte[] content, CurrentUser user,
      vn.police.grievance.process.GrievanceProcess.OpenStep step) {
    if (!access.mayRead(user, item)) {
      throw new vn.police.grievance.system.NotFoundException("No item " + item.reference());
    }
    boolean ownUnit = organisation.communeOf(user.groups()).map(u -> u.id().equals(item.unitId())).orElse(false);
    boolean staff = user.isIn(Groups.RECEPTION) || user.isIn(Groups.LEADERSHIP) || user.isAdministrator()
        || (item.departmentId() != null && user.isIn(item.departmentId()));
    // whoever holds a step of the item (a consulted department, a head) attaches to it: the caller
    // checked that they hold it
    if (!ownUnit && !staff && step == null) {
      throw new AccessDeniedException("Không được đính kèm vào kiến nghị này (not allowed to attach to this item)");
    }
    if (item.closedAt() != null) {
      throw new vn.police.grievance.system.ConflictException("Kiến nghị đã kết thúc, không đính kèm thêm (the item is closed)");
    }
    String name = cleanName(fileName);
    String type = typeOf(content);
    if (content.length == 0) {
      throw new InvalidInputException("file", "Tệp rỗng (the file is empty)");
    }
    if (type == null) {
      throw new InvalidInputException("file", "Chỉ nhận tệp PDF, PNG hoặc JPEG; nội dung tệp này không phải các loại đó"
          + " (only PDF, PNG and JPEG, recognised by their content)");
    }
    String sha256 = vn.police.grievance.document.DocumentRegister.sha256(content);
    OffsetDateTime now = items.now();
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    String stepKey = step == null ? null : step.key();
    String stepName = step == null ? null : step.name();
    jdbc.sql("INSERT INTO item_attachment (item_id, file_name, content_type, size_bytes, sha256, content, uploaded_by, uploaded_at,"
            + " step_key, step_name) VALUES (?,?,?,?,?,?,?,?,?,?)")
        .params(item.id(), name, type, (long) content.length, sha256, content, user.userId(), now, stepKey, stepName)
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    items.record(item.id(), user.userId(), new JournalEvent.AttachmentAdded(id, name, type, content.length, sha256, stepName));
    return new Attachment(id, item.id(), name, type, content.length, sha256, user.userId(), now, stepName);
  }

  public List<Attachment> of(long itemId) {
    return jdbc.sql("SELECT id, item_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at, step_name"
            + " FROM item_attachment WHERE item_id = ? ORDER BY id")
        .param(itemId)
        .query((rs, i) -> new Attachment(rs.getLong("id"), rs.getLong("item_id"), rs.getString("file_name"),
            rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("uploaded_by"),
            rs.getObject("uploaded_at", OffsetDateTime.class), rs.getString("step_name")))
        .list();
  }

  /** A file of the item, checked against its hash; empty when the item has no such file. */
  public Optional<Download> download(long itemId, long attachmentId) {
    Optional<Attachment> found = of(itemId).stream().filter(a -> a.id() == attachmentId).findFirst();
    return found.map(a -> {
      byte[] content = jdbc.sql("SELECT content FROM item_attachment WHERE id = ?").param(attachmentId).query(byte[].class).single();
      if (!vn.police.grievance.document.DocumentRegister.sha256(content).equals(a.sha256())) {
        throw new IllegalStateException("Attachment " + attachmentId + " no longer matches its SHA-256");
      }
      return new Download(a, content);
    });
  }

  /** PDF, PNG or JPEG by their signatures; null for anything else. */
  static String typeOf(byte[] content) {
    if (startsWith(content, new byte[] {'%', 'P', 'D', 'F', '-'})) {
      return "application/pdf";
    }
    if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
      return "image/png";
    }
    if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
      return "image/jpeg";
    }
    return null;
  }

  private static boolean startsWith(byte[] content, byte[] signature) {
    return content.length >= signature.length && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
  }

  /** The name as shown: no folders, no control characters, at most {@link #NAME_MAX} characters. */
  static String cleanName(String fileName) {
    String name = fileName == null ? "" : fileName;
    try {
      // the page sends the name percent-encoded (a header carries no Vietnamese letters as they are)
      name = java.net.URLDecoder.decode(name, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notEncoded) {
      // kept as sent
    }
    name = name.replaceAll(".*[\\\\/]", "").replaceAll("\\p{Cntrl}", "").trim();
    if (name.isEmpty()) {
      name = "tep-dinh-kem";
    }
    return name.length() <= NAME_MAX ? name : name.substring(name.length() - NAME_MAX);
  }
}
