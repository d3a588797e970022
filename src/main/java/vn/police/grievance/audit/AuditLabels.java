package vn.police.grievance.audit;

import java.time.Duration;
import java.util.Map;
import vn.police.grievance.item.AnswerKind;
import vn.police.grievance.item.Route;
import vn.police.grievance.item.JournalRenderer;

/** Vietnamese words for what the engine and the application record as codes. */
final class AuditLabels {

  private AuditLabels() {}

  /** The journal's words for routes and answers, shared with every reader of the journal. */
  static final Map<Route, String> ROUTES = JournalRenderer.ROUTES;

  static final Map<AnswerKind, String> ANSWER_KINDS = JournalRenderer.ANSWER_KINDS;

  /** The engine's user operation types (UserOperationLogEntry.OPERATION_TYPE_*). */
  static final Map<String, String> OPERATIONS = Map.ofEntries(
      Map.entry("Claim", "Nhận xử lý"),
      Map.entry("Unclaim", "Bỏ nhận xử lý"),
      Map.entry("Assign", "Giao việc cho cán bộ"),
      Map.entry("Delegate", "Ủy quyền xử lý"),
      Map.entry("Resolve", "Hoàn tất phần việc được ủy quyền"),
      Map.entry("SetOwner", "Đặt người phụ trách"),
      Map.entry("SetPriority", "Đổi mức ưu tiên"),
      Map.entry("Update", "Sửa thông tin bước"),
      Map.entry("AddUserLink", "Thêm người được xử lý"),
      Map.entry("DeleteUserLink", "Bỏ người được xử lý"),
      Map.entry("AddGroupLink", "Thêm nhóm được xử lý"),
      Map.entry("DeleteGroupLink", "Bỏ nhóm được xử lý"),
      Map.entry("Complete", "Hoàn thành bước"),
      Map.entry("Create", "Khởi tạo"),
      Map.entry("Delete", "Xóa"),
      Map.entry("SetVariable", "Đặt dữ liệu quy trình"),
      Map.entry("ModifyVariable", "Sửa dữ liệu quy trình"),
      Map.entry("RemoveVariable", "Xóa dữ liệu quy trình"),
      Map.entry("Suspend", "Tạm dừng"),
      Map.entry("Activate", "Tiếp tục"),
      Map.entry("ModifyProcessInstance", "Điều chỉnh tiến trình xử lý"),
      Map.entry("RestartProcessInstance", "Khởi động lại tiến trình"),
      Map.entry("Migrate", "Chuyển sang phiên bản quy trình khác"),
      Map.entry("SetJobRetries", "Đặt lại số lần thử"),
      Map.entry("SetRemovalTime", "Đặt thời điểm xóa lịch sử"),
      Map.entry("SetAnnotation", "Ghi chú thao tác"),
      Map.entry("ClearAnnotation", "Xóa ghi chú thao tác"),
      Map.entry("DeleteHistory", "Xóa lịch sử"),
      Map.entry("CorrelateMessage", "Gửi thông điệp vào quy trình"));

  static String operation(String type) {
    return OPERATIONS.getOrDefault(type, "Thao tác trên hệ thống: " + type);
  }

  static String lateness(int workingDays, boolean finished) {
    if (workingDays <= 0) {
      return finished ? "Trễ hạn dưới 1 ngày làm việc" : "Đã quá hạn (dưới 1 ngày làm việc), chưa hoàn thành";
    }
    return finished
        ? "Trễ hạn " + workingDays + " ngày làm việc"
        : "Đã quá hạn " + workingDays + " ngày làm việc, chưa hoàn thành";
  }

  static final String ON_TIME = "Đúng hạn";

  /** "2 ngày 3 giờ", "45 phút", "dưới 1 phút". */
  static String duration(Duration d) {
    long days = d.toDays();
    long hours = d.toHoursPart();
    long minutes = d.toMinutesPart();
    StringBuilder sb = new StringBuilder();
    if (days > 0) {
      sb.append(days).append(" ngày");
    }
    if (hours > 0) {
      sb.append(sb.isEmpty() ? "" : " ").append(hours).append(" giờ");
    }
    if (minutes > 0 && days == 0) {
      sb.append(sb.isEmpty() ? "" : " ").append(minutes).append(" phút");
    }
    return sb.isEmpty() ? "dưới 1 phút" : sb.toString();
  }
}
