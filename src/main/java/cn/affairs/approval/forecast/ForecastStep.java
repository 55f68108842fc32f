package cn.affairs.approval.forecast;

import java.time.LocalDate;
import java.util.List;

/**
 * One step ahead of a case: the user task, the groups whose members may decide it and those
 * members, and the working day it is expected to be decided by. {@code current} marks a step that
 * is open now (its date is its due date). {@code dueNote} (else null) says that the date lies in,
 * or is counted across, a year whose working-day calendar is not entered (可能不准).
 */
public record ForecastStep(
    String taskKey,
    String name,
    List<String> candidateGroups,
    List<Candidate> candidates,
    LocalDate expectedBy,
    String dueNote,
    boolean current) {

  public record Candidate(String id, String name) {}
}
