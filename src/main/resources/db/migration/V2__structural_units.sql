-- Units every installation has; departments, districts and communes are added by administrators
-- (or by the demo data). Each unit is also a Camunda group of the same id. Written to be safe on a
-- database where earlier demo data already created them.
INSERT INTO org_unit (id, kind, name_vi, name_en, parent_id, active, demo)
  SELECT 'province', 'PROVINCE', 'Công an tỉnh', 'Provincial police', NULL, TRUE, FALSE
  WHERE NOT EXISTS (SELECT 1 FROM org_unit WHERE id = 'province');
INSERT INTO org_unit (id, kind, name_vi, name_en, parent_id, active, demo)
  SELECT 'leadership', 'LEADERSHIP', 'Ban Giám đốc Công an tỉnh', 'Provincial police leadership', 'province', TRUE, FALSE
  WHERE NOT EXISTS (SELECT 1 FROM org_unit WHERE id = 'leadership');
INSERT INTO org_unit (id, kind, name_vi, name_en, parent_id, active, demo)
  SELECT 'reception', 'RECEPTION', 'Bộ phận tiếp nhận – Phòng Tham mưu', 'Reception office', 'province', TRUE, FALSE
  WHERE NOT EXISTS (SELECT 1 FROM org_unit WHERE id = 'reception');
INSERT INTO org_unit (id, kind, name_vi, name_en, parent_id, active, demo)
  SELECT 'auditors', 'AUDIT', 'Thanh tra Công an tỉnh', 'Inspectorate', 'province', TRUE, FALSE
  WHERE NOT EXISTS (SELECT 1 FROM org_unit WHERE id = 'auditors');
INSERT INTO org_unit (id, kind, name_vi, name_en, parent_id, active, demo)
  SELECT 'camunda-admin', 'ADMINISTRATION', 'Quản trị hệ thống', 'Administrators', 'province', TRUE, FALSE
  WHERE NOT EXISTS (SELECT 1 FROM org_unit WHERE id = 'camunda-admin');
