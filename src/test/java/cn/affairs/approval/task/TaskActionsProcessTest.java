package cn.affairs.approval.task;

import static cn.affairs.approval.testing.ConstructionForms.expansion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.affairs.approval.application.Decision;
import cn.affairs.approval.application.DecisionLog;
import cn.affairs.approval.application.DecisionRecord;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.Cases;
import cn.affairs.approval.web.ApiException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * The task actions on the engine, on two families: the parallel DRC/finance branch of office-space
 * construction and the sequential steps of office-space lease.
 */
@AffairsTest
class TaskActionsProcessTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired ProcessEngine engine;
  @Autowired Cases cases;
  @Autowired TaskDecisions decisions;
  @Autowired TaskHandovers handovers;
  @Autowired TaskDelegations delegations;
  @Autowired TaskTakeBacks takeBacks;
  @Autowired AddedSigners signers;
  @Autowired DecisionLog log;

  @BeforeEach
  void init() {
    AbstractAssertions.init(engine);
  }

  void approve(String user, String id, String taskKey, Map<String, ?> form) {
    Task task = cases.task(id, taskKey);
    decisions.complete(
        cases.user(user),
        task.getId(),
        new CompleteRequest("APPROVE", "同意", form == null ? null : JSON.valueToTree(form)));
  }

  /** A NEW_BUILD construction case waiting at the parallel DRC and finance opinions. */
  String atOpinions() {
    Map<String, Object> form = expansion(10);
    form.put("projectType", "NEW_BUILD");
    form.put("estimatedCost", 1200);
    String id = cases.start("sx-jyt-staff", "office-space-construction", form);
    approve("sx-jyt-head", id, "Task_UnitHeadReview", null);
    approve("sx-reviewer", id, "Task_BureauReview", TaskApiTest.OPINIONS);
    assertThat(cases.instance(id)).isWaitingAt("Task_DrcOpinion", "Task_FinanceOpinion");
    return id;
  }

  static HttpStatus status(Runnable action) {
    try {
      action.run();
    } catch (ApiException e) {
      return e.status();
    }
    return HttpStatus.OK;
  }

  List<Decision> actions(String id) {
    return log.timeline(id).stream().map(DecisionRecord::decision).toList();
  }

  @Test
  void takingBackAnOpinionInsideTheParallelBranchLeavesTheOtherBranchAlone() {
    // given: DRC has approved and waits at the join; finance has not decided
    String id = atOpinions();
    ProcessInstance pi = cases.instance(id);
    approve("sx-drc", id, "Task_DrcOpinion", null);
    assertThat(pi).isWaitingAt("Task_FinanceOpinion");
    assertThat(cases.task(id, "Task_DrcOpinion")).isNull();
    String financeTask = cases.task(id, "Task_FinanceOpinion").getId();

    // when
    takeBacks.takeBack(cases.user("sx-drc"), id, "补充意见");

    // then: DRC's step is open again and theirs, finance's task is the same one
    assertThat(pi).isWaitingAt("Task_DrcOpinion", "Task_FinanceOpinion");
    assertThat(cases.task(id, "Task_DrcOpinion").getAssignee()).isEqualTo("sx-drc");
    assertThat(cases.task(id, "Task_FinanceOpinion").getId()).isEqualTo(financeTask);
    assertThat(actions(id)).endsWith(Decision.APPROVE, Decision.TAKE_BACK);
    assertThat(status(() -> takeBacks.takeBack(cases.user("sx-drc"), id, null)))
        .isEqualTo(HttpStatus.CONFLICT);
    assertThat(status(() -> takeBacks.takeBack(cases.user("sx-finance"), id, null)))
        .isEqualTo(HttpStatus.FORBIDDEN);

    // and the branches still join: both approve, the government decides next
    approve("sx-drc", id, "Task_DrcOpinion", null);
    approve("sx-finance", id, "Task_FinanceOpinion", null);
    assertThat(pi).isWaitingAt("Task_GovernmentApproval");
    // finance decided after DRC: DRC can no longer take back
    assertThat(status(() -> takeBacks.takeBack(cases.user("sx-drc"), id, null)))
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void theLastOpinionOfTheParallelBranchCannotBeTakenBackOnceTheBranchesJoined() {
    String id = atOpinions();
    approve("sx-finance", id, "Task_FinanceOpinion", null);
    approve("sx-drc", id, "Task_DrcOpinion", null);
    assertThat(cases.instance(id)).isWaitingAt("Task_GovernmentApproval");
    assertThat(status(() -> takeBacks.takeBack(cases.user("sx-drc"), id, null)))
        .isEqualTo(HttpStatus.CONFLICT);
    assertThat(cases.instance(id)).isWaitingAt("Task_GovernmentApproval");
  }

  @Test
  void aSequentialApprovalIsTakenBackUntilTheNextStepIsClaimed() {
    // given: a lease whose unit head has approved
    Map<String, Object> form = new HashMap<>();
    form.put("mode", "BORROW");
    form.put("area", 30);
    form.put("location", "太原市小店区长治路 8 号 3 层");
    form.put("counterparty", "山西省某事业单位");
    form.put("use", "OFFICE");
    form.put("termMonths", 24);
    form.put("reason", "新设处室临时办公，本单位现有用房不足");
    String id = cases.start("sx-jyt-staff", "office-space-lease", form);
    ProcessInstance pi = cases.instance(id);
    approve("sx-jyt-head", id, "Task_UnitHeadReview", null);
    assertThat(pi).isWaitingAt("Task_BureauOpinion");

    // when / then: taken back, the head's step is open again
    takeBacks.takeBack(cases.user("sx-jyt-head"), id, null);
    assertThat(pi).isWaitingAt("Task_UnitHeadReview");
    assertThat(cases.task(id, "Task_BureauOpinion")).isNull();
    assertThat(cases.task(id, "Task_UnitHeadReview").getAssignee()).isEqualTo("sx-jyt-head");
    assertThat(status(() -> takeBacks.takeBack(cases.user("sx-jyt-staff"), id, null)))
        .isEqualTo(HttpStatus.FORBIDDEN);

    // approved again, the bureau claims: too late
    approve("sx-jyt-head", id, "Task_UnitHeadReview", null);
    decisions.claim(cases.user("sx-reviewer"), cases.task(id, "Task_BureauOpinion").getId());
    assertThat(status(() -> takeBacks.takeBack(cases.user("sx-jyt-head"), id, null)))
        .isEqualTo(HttpStatus.CONFLICT);

    // transfer and delegate on this family too; the new holder decides
    String bureau = cases.task(id, "Task_BureauOpinion").getId();
    delegations.delegate(
        cases.user("sx-reviewer"), bureau, new HandoverRequest("sx-asset", "请核对闲置用房"));
    assertThat(cases.task(id, "Task_BureauOpinion").getAssignee()).isEqualTo("sx-asset");
    assertThat(status(() -> approve("sx-asset", id, "Task_BureauOpinion", null)))
        .isEqualTo(HttpStatus.FORBIDDEN);
    delegations.resolve(cases.user("sx-asset"), bureau, "无可调剂的闲置用房");
    handovers.transfer(
        cases.user("sx-reviewer"), bureau, new HandoverRequest("sx-reviewer2", "工作调整"));
    approve("sx-reviewer2", id, "Task_BureauOpinion", null);
    assertThat(pi).isWaitingAt("Task_GovernmentApproval");
    assertThat(actions(id))
        .containsSubsequence(
            Decision.DELEGATE, Decision.RESOLVE, Decision.TRANSFER, Decision.APPROVE);
    assertThatThrownBy(
            () ->
                handovers.transfer(
                    cases.user("sx-reviewer"),
                    bureau,
                    new HandoverRequest("sx-reviewer2", "again")))
        .isInstanceOf(ApiException.class);
  }

  /** The added signer's newest subtask. */
  Task signerTask(String user) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .taskAssignee(user)
        .taskNameLike("加签审批：%")
        .orderByTaskCreateTime()
        .desc()
        .list()
        .get(0);
  }

  @Test
  void anAfterSignerInsideTheParallelBranchHoldsThatBranchUntilTheyApprove() {
    // given: DRC adds the bureau director after itself
    String id = atOpinions();
    ProcessInstance pi = cases.instance(id);
    Task drc = cases.task(id, "Task_DrcOpinion");
    signers.add(
        cases.user("sx-drc"),
        drc.getId(),
        new SignerRequest(List.of("sx-director"), "AFTER", null, null));

    // when: DRC and finance approve
    approve("sx-drc", id, "Task_DrcOpinion", null);
    approve("sx-finance", id, "Task_FinanceOpinion", null);

    // then: the DRC branch waits for the director; the director's approval lets the branches join
    assertThat(pi).isWaitingAt("Task_DrcOpinion");
    Task signer = signerTask("sx-director");
    assertThat(signer.getParentTaskId()).isEqualTo(drc.getId());
    signers.decide(
        cases.user("sx-director"), signer.getId(), new CompleteRequest("APPROVE", "同意", null));
    assertThat(pi).isWaitingAt("Task_GovernmentApproval");
    assertThat(actions(id))
        .containsSubsequence(
            Decision.ADD_SIGNER, Decision.APPROVE, Decision.APPROVE, Decision.APPROVE);
  }

  @Test
  void aBeforeSignerWhoRejectsInsideTheParallelBranchEndsTheCaseAsRejected() {
    String id = atOpinions();
    ProcessInstance pi = cases.instance(id);
    Task finance = cases.task(id, "Task_FinanceOpinion");
    signers.add(
        cases.user("sx-finance"),
        finance.getId(),
        new SignerRequest(List.of("sx-director", "sx-gov"), "BEFORE", "请先把关", null));
    assertThat(status(() -> approve("sx-finance", id, "Task_FinanceOpinion", null)))
        .isEqualTo(HttpStatus.CONFLICT);
    signers.remove(cases.user("sx-finance"), finance.getId(), "sx-gov");
    Task signer = signerTask("sx-director");
    signers.decide(
        cases.user("sx-director"), signer.getId(), new CompleteRequest("REJECT", "资金来源不明", null));
    assertThat(pi).isEnded();
    assertThat(cases.application(id).status().name()).isEqualTo("REJECTED");
    assertThat(actions(id)).endsWith(Decision.ADD_SIGNER, Decision.REMOVE_SIGNER, Decision.REJECT);
  }
}
