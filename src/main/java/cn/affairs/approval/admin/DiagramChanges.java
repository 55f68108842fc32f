package cn.affairs.approval.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;

/** What a new version changes in the steps of the version before it: added, removed, renamed. */
record DiagramChanges(List<Step> added, List<Step> removed, List<Renamed> renamed) {

  record Step(String id, String name) {}

  record Renamed(String id, String before, String after) {}

  static DiagramChanges between(BpmnModelInstance before, BpmnModelInstance after) {
    Map<String, String> old = steps(before);
    Map<String, String> now = steps(after);
    List<Step> added = new ArrayList<>();
    List<Step> removed = new ArrayList<>();
    List<Renamed> renamed = new ArrayList<>();
    now.forEach(
        (id, name) -> {
          if (!old.containsKey(id)) {
            added.add(new Step(id, name));
          } else if (!String.valueOf(old.get(id)).equals(String.valueOf(name))) {
            renamed.add(new Renamed(id, old.get(id), name));
          }
        });
    old.forEach(
        (id, name) -> {
          if (!now.containsKey(id)) {
            removed.add(new Step(id, name));
          }
        });
    return new DiagramChanges(added, removed, renamed);
  }

  /** Flow nodes (tasks, events, gateways) by id, with their names. */
  static Map<String, String> steps(BpmnModelInstance model) {
    Map<String, String> steps = new LinkedHashMap<>();
    if (model != null) {
      for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
        steps.put(node.getId(), node.getName());
      }
    }
    return steps;
  }

  boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && renamed.isEmpty();
  }

  /** One Chinese sentence for the audit log. */
  String summary() {
    if (isEmpty()) {
      return "环节未变";
    }
    List<String> parts = new ArrayList<>();
    if (!added.isEmpty()) {
      parts.add(
          "新增 " + String.join("、", added.stream().map(s -> label(s.name(), s.id())).toList()));
    }
    if (!removed.isEmpty()) {
      parts.add(
          "删除 " + String.join("、", removed.stream().map(s -> label(s.name(), s.id())).toList()));
    }
    if (!renamed.isEmpty()) {
      parts.add(
          "改名 "
              + String.join("、", renamed.stream().map(r -> r.before() + "→" + r.after()).toList()));
    }
    return String.join("；", parts);
  }

  private static String label(String name, String id) {
    return name == null || name.isBlank() ? id : name + "（" + id + "）";
  }
}
