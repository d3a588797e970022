package vn.police.grievance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Everything an officer reads in the browser is Vietnamese: the forms, our Cockpit and Tasklist
 * plugins and pages, and the webapps' Vietnamese locale files we ship (see {@link EnglishLeftovers}).
 * The checker itself is tried on planted English first.
 */
class VietnameseOnlyTest {

  @Test
  void nothingWeShipForTheBrowserReadsInEnglish() {
    List<EnglishLeftovers.Finding> found = EnglishLeftovers.scan(Path.of("forms"), Path.of("src/main/resources"));

    assertThat(found).as("English left in forms, plugins, pages and locale files").isEmpty();
  }

  @Test
  void theCheckerFindsEnglishPlantedInAForm(@TempDir Path dir) throws IOException {
    Path form = dir.resolve("planted.form");
    Files.writeString(form, """
        {"components": [
          {"type": "select", "key": "departmentId", "label": "Phòng chức năng", "placeholder": "Select a department"},
          {"type": "radio", "key": "decision", "label": "Quyết định",
           "values": [{"label": "Duyệt", "value": "APPROVE"}, {"label": "Return to sender", "value": "RETURN"}]},
          {"type": "group", "label": "Thông tin", "components": [
            {"type": "textfield", "key": "note", "label": "Ghi chú", "description": "Please enter the reason"}]},
          {"type": "textfield", "key": "file", "label": "Tệp PDF, XLSX hoặc CSV", "description": "Mã băm SHA-256"}
        ]}
        """);

    List<EnglishLeftovers.Finding> found = new EnglishLeftovers().form(form).findings();

    assertThat(found).extracting(EnglishLeftovers.Finding::text)
        .containsExactly("Select a department", "Return to sender", "Please enter the reason");
  }

  @Test
  void theCheckerFindsEnglishPlantedInAScriptButNotItsCode(@TempDir Path dir) throws IOException {
    Path script = dir.resolve("planted.js");
    Files.writeString(script, """
        // Field is required: a comment is not shown
        const T = { title: 'Thanh tra hồ sơ', more: "Show more", empty: `Không có ${n} kết quả` };
        const PLACEHOLDERS = { Search: 'Search' };
        fetch('/api/notifications/unread-count', {method: 'POST', headers: {Accept: 'application/json'}});
        document.querySelectorAll('.task-details .fjs-form');
        const FORM_SENT = /\\/(task|process-definition)\\/submit-form "Field is required"/;
        el('button', {text: 'Xuất PDF'}); el('th', {text: 'Đã xảy ra lỗi (error)'});
        // for support staff; locale-check: off
        const EN = { title: 'Figures for the leadership' }; // locale-check: on
        """);

    List<EnglishLeftovers.Finding> found = new EnglishLeftovers().script(script).findings();

    assertThat(found).extracting(EnglishLeftovers.Finding::text)
        .containsExactly("Show more", "Search", "Đã xảy ra lỗi (error)");
  }

  @Test
  void theCheckerFindsEnglishPlantedInAPageAndALocaleFile(@TempDir Path dir) throws IOException {
    Path page = Files.createDirectories(dir.resolve("don-vi")).resolve("index.html");
    Files.writeString(page, """
        <html><head><title>Kiến nghị</title><style>.x { color: red }</style></head>
        <body><button title="Refresh the list">Tải lại</button><p>Loading…</p><input placeholder="Tìm kiếm"></body></html>
        """);
    Path locale = Files.createDirectories(dir.resolve("cockpit/locales")).resolve("vi.json");
    Files.writeString(locale, """
        {"labels": {"ACTIONS": "Thao tác", "BATCHES_PROGRESS_ACTIONS": "Actions", "APP": "Camunda Cockpit",
          "PROCESS_INSTANCE_NULL": "null", "PROCESS_DEFINITION_NULL": "Không có"}}
        """);

    List<EnglishLeftovers.Finding> found = new EnglishLeftovers().page(page).locale(locale).findings();

    assertThat(found).extracting(EnglishLeftovers.Finding::text).containsExactly("Refresh the list", "Loading…", "Actions", "null");
  }
}
