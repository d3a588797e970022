package vn.police.grievance.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.ParseException;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import vn.police.grievance.system.InvalidInputException;
import vn.police.grievance.tracking.Attachments;

/**
 * A submission sent as {@code multipart/form-data}: the item as JSON in the part named {@code item}
 * and up to {@link IntakeService#MAX_FILES} files in parts named {@code files}.
 *
 * <p>Spring's multipart support stays off in this application: its resolver would read the body of
 * the engine's own multipart requests (deployments, file variables) before the engine REST API
 * could. This one request is parsed here instead, with Jakarta Mail's MIME parser (already on the
 * class path for e-mail), after reading at most what {@code MAX_FILES} files of the largest size
 * allowed can take.
 */
final class MultipartSubmission {

  /** The whole body: the files at their largest and room for the item and the part headers. */
  static final long MAX_BODY = (long) IntakeService.MAX_FILES * Attachments.MAX_BYTES + 1024 * 1024;

  record Parsed(SubmitItemRequest request, List<IntakeService.NewFile> files) {}

  private MultipartSubmission() {}

  static Parsed read(InputStream body, long declaredLength, String contentType, ObjectMapper json) {
    if (declaredLength > MAX_BODY) {
      throw tooLarge();
    }
    try {
      byte[] bytes = body.readNBytes((int) MAX_BODY + 1);
      if (bytes.length > MAX_BODY) {
        throw tooLarge();
      }
      MimeMultipart multipart = new MimeMultipart(new ByteArrayDataSource(bytes, contentType));
      SubmitItemRequest request = null;
      List<IntakeService.NewFile> files = new ArrayList<>();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart part = multipart.getBodyPart(i);
        ContentDisposition disposition = disposition(part);
        String name = disposition == null ? null : disposition.getParameter("name");
        if ("item".equals(name)) {
          request = json.readValue(part.getInputStream(), SubmitItemRequest.class);
        } else if ("files".equals(name)) {
          byte[] content = part.getInputStream().readAllBytes();
          if (content.length > Attachments.MAX_BYTES) {
            throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE,
                "Tệp quá lớn: tối đa 10 MB mỗi tệp (a file is larger than 10 MB)");
          }
          files.add(new IntakeService.NewFile(utf8(disposition.getParameter("filename")), content));
        }
      }
      if (request == null) {
        throw new InvalidInputException("item", "Thiếu phần \u201citem\u201d chứa nội dung kiến nghị (the item part is missing)");
      }
      return new Parsed(request, files);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new InvalidInputException("item", "Nội dung kiến nghị không đúng định dạng JSON (the item part is not valid JSON)");
    } catch (MessagingException e) {
      throw new InvalidInputException("files", "Yêu cầu multipart không đọc được (unreadable multipart body)");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static ContentDisposition disposition(BodyPart part) throws MessagingException {
    String[] header = part.getHeader("Content-Disposition");
    if (header == null || header.length == 0) {
      return null;
    }
    try {
      return new ContentDisposition(header[0]);
    } catch (ParseException e) {
      return null;
    }
  }

  /**
   * Browsers send a part's file name as raw UTF-8 ("biên-bản.pdf"); the MIME parser reads header
   * bytes as ISO-8859-1 unless told otherwise for the whole JVM (which would change outgoing mail
   * too). A name read that way holds only characters below 256: it is read back as UTF-8, and kept
   * as it came when its bytes are not UTF-8.
   */
  static String utf8(String name) {
    if (name == null || !name.chars().allMatch(c -> c < 256)) {
      return name;
    }
    byte[] bytes = name.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    try {
      return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException notUtf8) {
      return name;
    }
  }

  private static ResponseStatusException tooLarge() {
    return new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE,
        "Yêu cầu quá lớn: tối đa " + IntakeService.MAX_FILES + " tệp, mỗi tệp 10 MB (the request is too large)");
  }
}
