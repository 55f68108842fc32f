package cn.affairs.approval.application;

import java.util.Set;

/** The BPMN a case runs on, with the activities it is at and those it has passed. */
public record CaseDiagram(String bpmnXml, Set<String> activeActivityIds, Set<String> completedActivityIds) {}
