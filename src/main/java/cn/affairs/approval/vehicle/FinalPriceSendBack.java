package cn.affairs.approval.vehicle;

import cn.affairs.approval.application.Decision;
import cn.affairs.approval.application.DecisionLog;
import cn.affairs.approval.application.DecisionRecord;
import cn.affairs.approval.check.CheckResult;
import cn.affairs.approval.check.CheckResultMapper;
import java.time.Clock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * When the final price is over the cap (办法 第二十三条) the case goes back to 集中采购 by itself: the
 * timeline says so with the check's numbers, so that the holder of 集中采购 sees why the step is back.
 */
@Component("finalPriceSendBack")
class FinalPriceSendBack implements ExecutionListener {

  private final CheckResultMapper checkResults;
  private final DecisionLog decisions;
  private final Clock clock;

  FinalPriceSendBack(CheckResultMapper checkResults, DecisionLog decisions, Clock clock) {
    this.checkResults = checkResults;
    this.decisions = decisions;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String id = execution.getProcessBusinessKey();
    String reason =
        checkResults.current(id).stream()
            .filter(r -> "vehicleFinalPrice".equals(r.ruleName()))
            .map(CheckResult::message)
            .findFirst()
            .orElse("成交价格超过配备标准");
    decisions.insert(
        new DecisionRecord(
            null,
            id,
            null,
            "Task_CheckFinalPrice",
            "审查成交价格",
            Decision.SYSTEM,
            Decision.AUTO_RETURN,
            "成交价格超过配备标准，已自动退回集中采购重新采购：" + reason + "（依据：办法 第二十三条）",
            false,
            null,
            LocalDateTime.now(clock)));
  }
}
