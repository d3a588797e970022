package vn.police.grievance.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The coverage gate, run after the unit and process tests: for every diagram, the process tests
 * together walk at least 90% of its flow nodes and 90% of its sequence flows. Reads the reports
 * that camunda-process-test-coverage writes per test class.
 */
class ProcessCoverageGateIT {

  static final double MINIMUM = 0.9;
  static final Path REPORTS = Path.of("target", "process-test-coverage");

  @Test
  void everyDiagramIsCoveredByItsProcessTests() throws Exception {
    assertThat(REPORTS).as("coverage reports from the process tests").isDirectory();
    Map<String, Set<String>> covered = new HashMap<>();
    Map<String, String> models = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.walk(REPORTS)) {
      for (Path report : files.filter(p -> p.getFileName().toString().equals("report.json")).toList()) {
        JsonNode root = json.readTree(report.toFile());
        root.path("models").forEach(m -> models.put(m.path("key").asText(), m.path("xml").asText()));
        for (JsonNode suite : root.path("suites")) {
          for (JsonNode run : suite.path("runs")) {
            for (JsonNode event : run.path("events")) {
              covered.computeIfAbsent(event.path("modelKey").asText(), k -> new HashSet<>())
                  .add(event.path("definitionKey").asText());
            }
          }
        }
      }
    }
    assertThat(models).containsKeys("grievance-handling", "department-study", "listening-conference");
    StringBuilder summary = new StringBuilder();
    for (var model : models.entrySet()) {
      Document doc = parse(model.getValue());
      List<String> nodes = ids(doc, false);
      List<String> flows = ids(doc, true);
      Set<String> seen = covered.getOrDefault(model.getKey(), Set.of());
      double nodeCoverage = nodes.stream().filter(seen::contains).count() / (double) nodes.size();
      double flowCoverage = flows.stream().filter(seen::contains).count() / (double) flows.size();
      summary.append("%s: flow nodes %.0f%%, sequence flows %.0f%%; not walked: %s%n".formatted(
          model.getKey(), nodeCoverage * 100, flowCoverage * 100,
          Stream.concat(nodes.stream(), flows.stream()).filter(id -> !seen.contains(id)).toList()));
      assertThat(nodeCoverage).as("flow node coverage of %s", model.getKey()).isGreaterThanOrEqualTo(MINIMUM);
      assertThat(flowCoverage).as("sequence flow coverage of %s", model.getKey()).isGreaterThanOrEqualTo(MINIMUM);
    }
    System.out.print(summary);
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static final Set<String> FLOW_NODES = Set.of(
      "startEvent", "endEvent", "boundaryEvent", "intermediateCatchEvent", "intermediateThrowEvent",
      "exclusiveGateway", "parallelGateway", "inclusiveGateway", "eventBasedGateway",
      "userTask", "serviceTask", "businessRuleTask", "scriptTask", "sendTask", "receiveTask", "task",
      "callActivity", "subProcess");

  private static List<String> ids(Document doc, boolean sequenceFlows) {
    NodeList all = doc.getElementsByTagNameNS("http://www.omg.org/spec/BPMN/20100524/MODEL", "*");
    List<String> ids = new java.util.ArrayList<>();
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      boolean isFlow = e.getLocalName().equals("sequenceFlow");
      if (sequenceFlows ? isFlow : FLOW_NODES.contains(e.getLocalName())) {
        ids.add(e.getAttribute("id"));
      }
    }
    return ids;
  }
}
