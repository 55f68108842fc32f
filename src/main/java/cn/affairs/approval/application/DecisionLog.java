package cn.affairs.approval.application;

import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The decision log of the cases (the timeline): every decision and action at a step, with its
 * comment and step form. The application package owns the table; other packages write it here.
 */
@Service
public class DecisionLog {

  private final DecisionLogMapper mapper;

  DecisionLog(DecisionLogMapper mapper) {
    this.mapper = mapper;
  }

  public void insert(DecisionRecord record) {
    mapper.insert(record);
  }

  public List<DecisionRecord> timeline(String applicationId) {
    return mapper.timeline(applicationId);
  }

  /** How many approval decisions (APPROVE, REJECT, RETURN) the case has had. */
  public int approverDecisions(String applicationId) {
    return mapper.approverDecisions(applicationId);
  }
}
