package cn.affairs.approval.admin;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.core.io.ClassPathResource;

/** The packaged diagrams as text, and the edits admins make to them in the tests. */
final class Diagrams {

  private Diagrams() {}

  static String packaged(String key) {
    try (InputStream in = new ClassPathResource("processes/" + key + ".bpmn").getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(String xml) {
    return xml.getBytes(StandardCharsets.UTF_8);
  }

  static BpmnModelInstance model(String xml) {
    return Bpmn.readModelFromStream(new ByteArrayInputStream(bytes(xml)));
  }

  static String xml(BpmnModelInstance model) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Bpmn.writeModelToStream(out, model);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Removes a step between two others: its incoming flow now goes where its outgoing flow went. */
  static String withoutStep(String xml, String stepId) {
    BpmnModelInstance model = model(xml);
    FlowNode step = model.getModelElementById(stepId);
    SequenceFlow in = step.getIncoming().iterator().next();
    SequenceFlow out = step.getOutgoing().iterator().next();
    FlowNode next = out.getTarget();
    next.getIncoming().remove(out);
    in.setTarget(next);
    next.getIncoming().add(in);
    removeDiagramOf(model, step);
    removeDiagramOf(model, out);
    out.getParentElement().removeChildElement(out);
    step.getParentElement().removeChildElement(step);
    return xml(model);
  }

  /** Puts a new user task with a candidate group on the flow into {@code beforeId}. */
  static String withUserTaskBefore(
      String xml, String beforeId, String taskId, String name, String candidateGroups) {
    BpmnModelInstance model = model(xml);
    FlowNode before = model.getModelElementById(beforeId);
    SequenceFlow in = before.getIncoming().iterator().next();
    UserTask task = model.newInstance(UserTask.class);
    task.setId(taskId);
    task.setName(name);
    task.setCamundaCandidateGroups(candidateGroups);
    before.getParentElement().addChildElement(task);
    SequenceFlow flow = model.newInstance(SequenceFlow.class);
    flow.setId("Flow_" + taskId);
    before.getParentElement().addChildElement(flow);
    flow.setSource(task);
    flow.setTarget(before);
    before.getIncoming().remove(in);
    before.getIncoming().add(flow);
    in.setTarget(task);
    task.getIncoming().add(in);
    task.getOutgoing().add(flow);
    return xml(model);
  }

  private static void removeDiagramOf(BpmnModelInstance model, ModelElementInstance element) {
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      if (shape.getBpmnElement() == element) {
        shape.getParentElement().removeChildElement(shape);
      }
    }
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      if (edge.getBpmnElement() == element) {
        edge.getParentElement().removeChildElement(edge);
      }
    }
  }
}
