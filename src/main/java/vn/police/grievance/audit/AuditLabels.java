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

  /** The engine's user operation types (UserOperationLogEntry.OPERATION_TYPE_*), every one of 7.24. */
  static final Map<String, String> OPERATIONS = Map.ofEntries(
      Map.entry("Claim", "Nhận xử lý"),
      Map.entry("Unclaim", "Bỏ nhận xử lý"),
      Map.entry("Assign", "Giao việc cho cán bộ"),
      Map.entry("Delegate", "Ủy quyền xử lý"),
      Map.entry("Resolve", "Hoàn tất phần việc được ủy quyền"),
      Map.entry("SetOwner", "Đặt người phụ trách"),
      Map.entry("SetPriority", "Đổi mức ưu tiên"),
      Map.entry("SetName", "Đổi tên bước"),
      Map.entry("SetDescription", "Đổi mô tả bước"),
      Map.entry("SetFollowUpDate", "Đổi ngày theo dõi"),
      Map.entry("SetDueDate", "Đổi hạn xử lý"),
      Map.entry("RecalculateDueDate", "Tính lại hạn xử lý"),
      Map.entry("Update", "Sửa thông tin bước"),
      Map.entry("AddUserLink", "Thêm người được xử lý"),
      Map.entry("DeleteUserLink", "Bỏ người được xử lý"),
      Map.entry("AddGroupLink", "Thêm nhóm được xử lý"),
      Map.entry("DeleteGroupLink", "Bỏ nhóm được xử lý"),
      Map.entry("Complete", "Hoàn thành bước"),
      Map.entry("Create", "Khởi tạo"),
      Map.entry("Delete", "Xóa"),
      Map.entry("Unlock", "Mở khóa công việc nền"),
      Map.entry("Execute", "Thực hiện lại công việc nền"),
      Map.entry("Evaluate", "Đánh giá bảng quyết định"),
      Map.entry("AddAttachment", "Thêm tệp đính kèm"),
      Map.entry("DeleteAttachment", "Xóa tệp đính kèm"),
      Map.entry("SuspendJobDefinition", "Tạm dừng loại công việc nền"),
      Map.entry("ActivateJobDefinition", "Tiếp tục loại công việc nền"),
      Map.entry("SuspendProcessDefinition", "Tạm dừng quy trình"),
      Map.entry("ActivateProcessDefinition", "Tiếp tục quy trình"),
      Map.entry("CreateHistoryCleanupJobs", "Lập lịch dọn lịch sử"),
      Map.entry("UpdateHistoryTimeToLive", "Đổi thời hạn lưu lịch sử"),
      Map.entry("SuspendJob", "Tạm dừng công việc nền"),
      Map.entry("ActivateJob", "Tiếp tục công việc nền"),
      Map.entry("SetExternalTaskRetries", "Đặt lại số lần thử của việc bên ngoài"),
      Map.entry("SetVariable", "Đặt dữ liệu quy trình"),
      Map.entry("SetVariables", "Đặt dữ liệu quy trình"),
      Map.entry("ModifyVariable", "Sửa dữ liệu quy trình"),
      Map.entry("RemoveVariable", "Xóa dữ liệu quy trình"),
      Map.entry("UpdateComment", "Sửa nhận xét"),
      Map.entry("DeleteComment", "Xóa nhận xét"),
      Map.entry("Suspend", "Tạm dừng"),
      Map.entry("Activate", "Tiếp tục"),
      Map.entry("SuspendBatch", "Tạm dừng lô thao tác"),
      Map.entry("ActivateBatch", "Tiếp tục lô thao tác"),
      Map.entry("CreateIncident", "Tạo sự cố"),
      Map.entry("ModifyProcessInstance", "Điều chỉnh tiến trình xử lý"),
      Map.entry("RestartProcessInstance", "Khởi động lại tiến trình"),
      Map.entry("Migrate", "Chuyển sang phiên bản quy trình khác"),
      Map.entry("SetJobRetries", "Đặt lại số lần thử"),
      Map.entry("SetRemovalTime", "Đặt thời điểm xóa lịch sử"),
      Map.entry("SetAnnotation", "Ghi chú thao tác"),
      Map.entry("ClearAnnotation", "Xóa ghi chú thao tác"),
      Map.entry("DeleteHistory", "Xóa lịch sử"),
      Map.entry("CorrelateMessage", "Gửi thông điệp vào quy trình"));

  /** What an operation acted on (org.camunda.bpm.engine.EntityTypes), as the detail of an operation without properties. */
  static final Map<String, String> ENTITIES = Map.ofEntries(
      Map.entry("Task", "Bước xử lý"),
      Map.entry("HistoricTask", "Lịch sử bước xử lý"),
      Map.entry("IdentityLink", "Người, nhóm được xử lý"),
      Map.entry("Attachment", "Tệp đính kèm"),
      Map.entry("Comment", "Nhận xét"),
      Map.entry("ProcessInstance", "Tiến trình xử lý"),
      Map.entry("HistoricProcessInstance", "Lịch sử tiến trình xử lý"),
      Map.entry("ProcessDefinition", "Quy trình"),
      Map.entry("Job", "Công việc nền"),
      Map.entry("JobDefinition", "Loại công việc nền"),
      Map.entry("Variable", "Dữ liệu quy trình"),
      Map.entry("Deployment", "Bản triển khai quy trình"),
      Map.entry("DecisionDefinition", "Bảng quyết định"),
      Map.entry("DecisionInstance", "Kết quả bảng quyết định"),
      Map.entry("DecisionRequirementsDefinition", "Tập bảng quyết định"),
      Map.entry("ExternalTask", "Việc bên ngoài"),
      Map.entry("Batch", "Lô thao tác"),
      Map.entry("Incident", "Sự cố kỹ thuật"),
      Map.entry("OperationLog", "Nhật ký thao tác"),
      Map.entry("Property", "Thiết lập hệ thống"));

  /** The engine's names of what an operation changed (UserOperationLogEntry property names). */
  static final Map<String, String> PROPERTIES = Map.ofEntries(
      Map.entry("assignee", "Người xử lý"),
      Map.entry("owner", "Người phụ trách"),
      Map.entry("delegation", "Ủy quyền"),
      Map.entry("priority", "Mức ưu tiên"),
      Map.entry("name", "Tên"),
      Map.entry("description", "Mô tả"),
      Map.entry("dueDate", "Hạn xử lý"),
      Map.entry("followUpDate", "Ngày theo dõi"),
      Map.entry("retries", "Số lần thử"),
      Map.entry("suspensionState", "Trạng thái tạm dừng"),
      Map.entry("jobDefinitionId", "Loại công việc nền"),
      Map.entry("processDefinitionId", "Quy trình"),
      Map.entry("processDefinitionKey", "Mã quy trình"),
      Map.entry("processInstanceId", "Tiến trình xử lý"),
      Map.entry("nrOfInstances", "Số tiến trình"),
      Map.entry("async", "Chạy nền"),
      Map.entry("cascade", "Kèm các phần liên quan"),
      Map.entry("deleteReason", "Lý do xóa"),
      Map.entry("variableName", "Tên dữ liệu"),
      Map.entry("incidentType", "Loại sự cố"),
      Map.entry("annotation", "Ghi chú"),
      Map.entry("removalTime", "Thời điểm xóa lịch sử"),
      Map.entry("messageName", "Thông điệp"));

  static String operation(String type) {
    return OPERATIONS.getOrDefault(type, "Thao tác khác trên hệ thống");
  }

  /** What the operation acted on, or the engine's own word for a kind this list does not know. */
  static String entity(String type) {
    return type == null ? null : ENTITIES.getOrDefault(type, "Đối tượng khác (" + type + ")");
  }

  static String property(String name) {
    return PROPERTIES.getOrDefault(name, name);
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
