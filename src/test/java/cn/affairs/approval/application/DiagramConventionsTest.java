package cn.affairs.approval.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.Definitions;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The packaged diagrams read as BPMN experts expect: bpmn.io's bpmnlint recommended rules that
 * matter here (fake-join, no-implicit-split, label-required for events and activities), plus our
 * own: history time to live on every process, and no exporter named that is not in the repository.
 */
class DiagramConventionsTest {

  static Stream<Path> diagrams() throws IOException {
    return Files.list(Path.of("processes")).filter(p -> p.toString().endsWith(".bpmn")).sorted();
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void followsTheConventions(Path diagram) throws IOException {
    BpmnModelInstance model;
    try (InputStream in = Files.newInputStream(diagram)) {
      model = Bpmn.readModelFromStream(in);
    }
    List<String> problems = new ArrayList<>();
    Definitions definitions = model.getDefinitions();
    String exporter = definitions.getExporter();
    if (exporter != null && !exporter.equals("Camunda Modeler")) {
      problems.add("exporter '" + exporter + "' is no tool of this repository");
    }
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (process.getCamundaHistoryTimeToLiveString() == null) {
        problems.add(process.getId() + ": no historyTimeToLive");
      }
    }
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (node instanceof Gateway) {
        continue;
      }
      if (node.getIncoming().size() > 1) {
        problems.add(node.getId() + ": several flows join without a gateway (fake-join)");
      }
      long unconditional =
          node.getOutgoing().stream().filter(f -> f.getConditionExpression() == null).count();
      if (node.getOutgoing().size() > 1 && unconditional > 0) {
        problems.add(node.getId() + ": flows split without a gateway (no-implicit-split)");
      }
      if ((node instanceof Event || node instanceof Activity)
          && (node.getName() == null || node.getName().isBlank())) {
        problems.add(node.getId() + ": no name (label-required)");
      }
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      if ((flow.getSource() instanceof ExclusiveGateway
              || flow.getSource() instanceof InclusiveGateway)
          && flow.getSource() instanceof Gateway g
          && g.getOutgoing().size() > 1
          && flow.getConditionExpression() == null
          && !flow.equals(defaultFlow(g))) {
        problems.add(
            flow.getId() + ": leaves a splitting gateway with no condition and is not its default");
      }
    }
    assertThat(problems).as(diagram.toString()).isEmpty();
  }

  private static SequenceFlow defaultFlow(Gateway gateway) {
    var attribute = gateway.getAttributeValue("default");
    return attribute == null ? null : gateway.getModelInstance().getModelElementById(attribute);
  }
}
