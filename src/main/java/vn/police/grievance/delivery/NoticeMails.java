package vn.police.grievance.delivery;

/**
 * The Vietnamese e-mail of a notice: a subject and a body per kind of notice, with the item's
 * reference and a link to it on the unit page.
 */
final class NoticeMails {

  record Mail(String subject, String body) {}

  private NoticeMails() {}

  static Mail of(String kind, String reference, String message, String recipientName, String linkBase) {
    String subject = switch (kind == null ? "" : kind) {
      case "RECEIVED" -> "Đã tiếp nhận kiến nghị";
      case "ANSWER" -> "Đã có kết quả trả lời kiến nghị";
      case "REMINDER" -> "Nhắc việc: đến hạn xử lý kiến nghị";
      case "ESCALATION" -> "Báo cáo quá hạn xử lý kiến nghị";
      default -> "Thông báo về kiến nghị";
    };
    String intro = switch (kind == null ? "" : kind) {
      case "RECEIVED" -> "Công an tỉnh đã tiếp nhận kiến nghị của đơn vị đồng chí.";
      case "ANSWER" -> "Kiến nghị của đơn vị đồng chí đã có kết quả trả lời. Đề nghị đồng chí xem và cho biết ý kiến"
          + " đồng ý hoặc chưa đồng ý trong thời hạn quy định.";
      case "REMINDER" -> "Một bước xử lý kiến nghị do đơn vị đồng chí phụ trách đã đến hạn.";
      case "ESCALATION" -> "Một bước xử lý kiến nghị đã quá hạn và được báo cáo Ban Giám đốc.";
      default -> "Hệ thống có thông báo mới về kiến nghị.";
    };
    String link = trimSlash(linkBase) + "/don-vi/" + (reference == null ? "" : "#/" + reference);
    StringBuilder body = new StringBuilder()
        .append("Kính gửi đồng chí ").append(recipientName == null || recipientName.isBlank() ? "" : recipientName).append(",\n\n")
        .append(intro).append("\n\n")
        .append(message).append("\n\n");
    if (reference != null) {
      body.append("Số kiến nghị: ").append(reference).append('\n');
    }
    body.append("Xem chi tiết: ").append(link).append("\n\n")
        .append("Thư này do Hệ thống tiếp nhận và giải quyết kiến nghị của Công an cấp xã gửi tự động, vui lòng"
            + " không trả lời thư này. Đồng chí có thể tắt nhận thư thông báo trên trang đơn vị, mục Thông báo.\n");
    return new Mail((reference == null ? "" : "[" + reference + "] ") + subject, body.toString());
  }

  private static String trimSlash(String base) {
    String b = base == null ? "" : base.trim();
    return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
  }
}
