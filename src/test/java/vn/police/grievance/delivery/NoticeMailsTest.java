package vn.police.grievance.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Vietnamese subject and body of each kind of notice, without a mail server. */
class NoticeMailsTest {

  @Test
  void everyKindHasItsVietnameseSubjectWithTheReferenceAndTheBodyLinksToTheItem() {
    assertThat(NoticeMails.of("RECEIVED", "KN-2026-000042", "m", "A", "https://x/").subject())
        .isEqualTo("[KN-2026-000042] Đã tiếp nhận kiến nghị");
    assertThat(NoticeMails.of("ANSWER", "KN-2026-000042", "m", "A", "https://x").subject())
        .isEqualTo("[KN-2026-000042] Đã có kết quả trả lời kiến nghị");
    assertThat(NoticeMails.of("REMINDER", "KN-2026-000042", "m", "A", "https://x").subject())
        .isEqualTo("[KN-2026-000042] Nhắc việc: đến hạn xử lý kiến nghị");
    assertThat(NoticeMails.of("ESCALATION", "KN-2026-000042", "m", "A", "https://x").subject())
        .isEqualTo("[KN-2026-000042] Báo cáo quá hạn xử lý kiến nghị");
    assertThat(NoticeMails.of("SOMETHING_NEW", null, "m", "A", "https://x").subject()).isEqualTo("Thông báo về kiến nghị");

    String body = NoticeMails.of("REMINDER", "KN-2026-000042", "Đến hạn xử lý bước \"Phân loại\"", "Lê Văn C", "https://x/").body();
    assertThat(body)
        .startsWith("Kính gửi đồng chí Lê Văn C,")
        .contains("Đến hạn xử lý bước \"Phân loại\"")
        .contains("Số kiến nghị: KN-2026-000042")
        .contains("Xem chi tiết: https://x/don-vi/#/KN-2026-000042")
        .contains("tắt nhận thư thông báo");
  }
}
