package cn.affairs.approval.forecast;

import java.time.LocalDate;
import java.util.List;

/**
 * One step ahead of a case: the user task, the groups whose members may decide it and those
 * members, and the working day it is expected to be decided by. {@code current} marks a step that
 * is open now (its date is its due date).
 */
public record ForecastStep(
    String taskKey,
    String name,
    List<String> candidateGroups,
    List<Candidate> candidates,
    LocalDate expectedBy,
    boolean current) {

  public record Candidate(String id, String name) {}
}
