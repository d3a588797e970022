package vn.police.grievance.figures;

import java.util.HashMap;
import java.util.Map;
import vn.police.grievance.item.Category;
import vn.police.grievance.item.ItemStatus;
import vn.police.grievance.item.Route;
import vn.police.grievance.item.Step;
import vn.police.grievance.organisation.OrgUnit;

/** What officers read for the keys the figures group by: Vietnamese, the key itself when unknown. */
final class Labels {

  static final String NO_DEPARTMENT = "Chưa giao phòng chức năng";

  static final Map<Route, String> ROUTES =
      Map.of(
          Route.ANSWER_NOW, "Trả lời ngay",
          Route.SEND_TO_DEPARTMENT, "Giao phòng chức năng nghiên cứu",
          Route.NOT_ADMISSIBLE, "Không thụ lý");

  private final Map<String, String> units = new HashMap<>();

  Labels(Iterable<OrgUnit> all) {
    for (OrgUnit unit : all) {
      units.put(unit.id(), unit.nameVi());
    }
  }

  String unit(String id) {
    return id == null ? NO_DEPARTMENT : units.getOrDefault(id, id);
  }

  static String status(String key) {
    return key == null ? "—" : ItemStatus.valueOf(key).labelVi();
  }

  static String category(String key) {
    return key == null ? "—" : Category.valueOf(key).labelVi();
  }

  static String step(String key) {
    return key == null ? "—" : Step.valueOf(key).labelVi();
  }

  static String route(String key) {
    return key == null ? "Chưa phân loại" : ROUTES.get(Route.valueOf(key));
  }
}
