package vn.police.grievance.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.junit.jupiter.api.Test;

/** The engine's codes in the audit file read in Vietnamese. */
class AuditLabelsTest {

  @Test
  void everyOperationTypeOfTheEngineHasAVietnameseName() throws Exception {
    List<String> types = Arrays.stream(UserOperationLogEntry.class.getFields())
        .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getName().startsWith("OPERATION_TYPE_"))
        .map(AuditLabelsTest::value)
        .toList();
    assertThat(types).hasSizeGreaterThan(40);
    assertThat(types).allSatisfy(type -> assertThat(AuditLabels.OPERATIONS).containsKey(type));
  }

  @Test
  void aJobExecutedByHandReadsInVietnamese() {
    assertThat(AuditLabels.operation("Execute")).isEqualTo("Thực hiện lại công việc nền");
    assertThat(AuditLabels.entity("Job")).isEqualTo("Công việc nền");
    assertThat(AuditLabels.property("retries")).isEqualTo("Số lần thử");
  }

  @Test
  void anOperationOfALaterEngineIsNamedInVietnameseToo() {
    assertThat(AuditLabels.operation("SomethingNew")).isEqualTo("Thao tác khác trên hệ thống");
  }

  private static String value(Field f) {
    try {
      return (String) f.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
