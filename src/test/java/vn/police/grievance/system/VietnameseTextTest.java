package vn.police.grievance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

  @Test
  void accentsCaseAndPunctuationFoldAway() {
    assertThat(VietnameseText.fold("Chưa có TRỤ SỞ làm việc riêng!")).isEqualTo("chua co tru so lam viec rieng");
    assertThat(VietnameseText.fold("Đường Đồng Khởi, đặc khu Phú Quốc")).isEqualTo("duong dong khoi dac khu phu quoc");
    assertThat(VietnameseText.fold("KN-2026-000042")).isEqualTo("kn 2026 000042");
    assertThat(VietnameseText.fold(null)).isNull();
  }

  @Test
  void textTypedWithSeparateMarksFoldsLikeComposedText() {
    String decomposed = Normalizer.normalize("Trụ sở", Normalizer.Form.NFD);
    assertThat(VietnameseText.fold(decomposed)).isEqualTo(VietnameseText.fold("Trụ sở")).isEqualTo("tru so");
  }

  @Test
  void aQueryBecomesItsDistinctFoldedWords() {
    assertThat(VietnameseText.words("  Trụ-sở   xã, trụ ")).containsExactly("tru", "so", "xa");
    assertThat(VietnameseText.words("%_'")).isEmpty();
    assertThat(VietnameseText.foldAll("Tiêu đề", null, "Nội dung")).isEqualTo("tieu de noi dung");
  }
}
