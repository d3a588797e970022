package vn.police.grievance.process;

import vn.police.grievance.tasklist.TaskAudience;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.police.grievance.journal.RetentionProperties;

/**
 * House rules every diagram keeps; the build fails when one is broken. Checked on the files in
 * processes/, so a diagram edited in the Modeler is checked before it ships.
 */
class ProcessModelRulesTest {

  /** Ids the Modeler generates, such as Activity_0abc123 or Flow_1x2y3z4. */
  static final Pattern MODELER_DEFAULT =
      Pattern.compile("^(Activity|Flow|Gateway|Event|StartEvent|EndEvent|Task|SequenceFlow|Process|Definitions|DataObject|TextAnnotation|Association|Participant|Lane|Collaboration|BoundaryEvent|Timer|ExclusiveGateway|UserTask|ServiceTask)_[0-9a-z]{5,8}$");

  static Stream<Path> diagrams() throws IOException {
    return Files.list(Path.of("processes")).filter(p -> p.toString().endsWith(".bpmn")).sorted();
  }

  private static BpmnModelInstance read(Path diagram) {
    return Bpmn.readModelFromFile(diagram.toFile());
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void everyUserTaskHasAFormThatExistsACandidateGroupAndADueDate(Path diagram) {
    List<String> problems = new ArrayList<>();
    for (UserTask task : read(diagram).getModelElementsByType(UserTask.class)) {
      String form = task.getCamundaFormRef();
      if (form == null || !Files.exists(Path.of("forms", form + ".form"))) {
        problems.add(task.getId() + ": form reference " + form + " has no file in forms/");
      }
      if (task.getCamundaCandidateGroups() == null || task.getCamundaCandidateGroups().isBlank()) {
        problems.add(task.getId() + ": no candidate group");
      }
      if (task.getCamundaDueDate() == null || task.getCamundaDueDate().isBlank()) {
        problems.add(task.getId() + ": no due date");
      }
    }
    assertThat(problems).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void everyTaskOfferedToTheUnitIsBuiltForTheUnitsEyes(Path diagram) {
    // A task for the unit that TaskAudience does not know would show it the province's deliberation.
    for (UserTask task : read(diagram).getModelElementsByType(UserTask.class)) {
      boolean offeredToUnit = task.getCamundaCandidateGroups().contains("${unitId}");
      assertThat(TaskAudience.of(task.getId()))
          .as("audience of %s (candidate groups %s)", task.getId(), task.getCamundaCandidateGroups())
          .isEqualTo(offeredToUnit ? TaskAudience.UNIT : TaskAudience.PROVINCE_STAFF);
    }
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void everyServiceTaskCallsASpringBeanDelegate(Path diagram) {
    for (ServiceTask task : read(diagram).getModelElementsByType(ServiceTask.class)) {
      assertThat(task.getCamundaClass()).as(task.getId()).isNull();
      assertThat(task.getCamundaDelegateExpression()).as(task.getId()).matches("\\$\\{[a-z][A-Za-z]*Delegate}");
    }
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void noElementKeepsAModelerDefaultId(Path diagram) {
    Collection<BaseElement> elements = read(diagram).getModelElementsByType(BaseElement.class);
    assertThat(elements).isNotEmpty();
    assertThat(elements.stream().map(BaseElement::getId).filter(id -> id != null && MODELER_DEFAULT.matcher(id).matches()))
        .isEmpty();
    for (FlowNode node : read(diagram).getModelElementsByType(FlowNode.class)) {
      assertThat(node.getId()).as("element id says what it is").matches(
          "(startEvent|endEvent|boundaryEvent|catchEvent|gateway|userTask|serviceTask|businessRuleTask|callActivity|subProcess)_[a-z][A-Za-z]+");
    }
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void everyElementIsLaidOutAndNamedForTheReader(Path diagram) {
    BpmnModelInstance model = read(diagram);
    List<String> shaped = model.getModelElementsByType(BpmnShape.class).stream().map(s -> s.getBpmnElement().getId()).toList();
    List<String> edged = model.getModelElementsByType(BpmnEdge.class).stream().map(e -> e.getBpmnElement().getId()).toList();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      assertThat(shaped).as("diagram shape of %s", node.getId()).contains(node.getId());
      boolean joinGateway = node.getId().startsWith("gateway_join");
      if (!joinGateway) {
        assertThat(node.getName()).as("name of %s", node.getId()).isNotBlank();
      }
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      assertThat(edged).as("diagram edge of %s", flow.getId()).contains(flow.getId());
    }
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void everyProcessKeepsItsHistoryForTheRetentionPeriodAndIsExecutable(Path diagram) {
    for (Process process : read(diagram).getModelElementsByType(Process.class)) {
      assertThat(process.isExecutable()).isTrue();
      assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo(String.valueOf(RetentionProperties.DEFAULT_DAYS));
    }
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void onlyTheGrievanceProcessIsOfferedInTasklistsStartDialog(Path diagram) {
    // the department study is called by the grievance process, never started by hand
    for (Process process : read(diagram).getModelElementsByType(Process.class)) {
      assertThat(process.isCamundaStartableInTasklist())
          .as("%s startable in Tasklist", process.getId())
          .isEqualTo(process.getId().equals(ProcessVariables.GRIEVANCE_PROCESS));
    }
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void everyDeadlineTimerReadsTheConfiguredCalendar(Path diagram) {
    for (BoundaryEvent event : read(diagram).getModelElementsByType(BoundaryEvent.class)) {
      String date = event.getEventDefinitions().iterator().next().getDomElement().getChildElements().get(0).getTextContent();
      assertThat(date).as(event.getId()).matches("\\$\\{deadlines\\.(due|escalation)\\('[A-Z_]+'(, execution\\.getVariable\\('chairDeadline'\\))?\\)}");
    }
  }
}
