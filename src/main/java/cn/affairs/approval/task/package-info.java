/**
 * 待办 and 已办: the task list of a user (assigned or in one of their candidate groups), claiming, and
 * decisions (APPROVE, REJECT, RETURN, RESUBMIT, WITHDRAW) with their step forms and the override of
 * a FAIL; and the task actions, one small service each: {@link TaskHandovers} (放弃认领、转办、改派), {@link
 * TaskDelegations} (委派 and its answer), {@link AddedSigners} (加签、减签; table {@code added_signer}),
 * {@link CaseCopies} and {@link CopiesToMe} (抄送, 抄送我的; table {@code case_copy}), {@link
 * StepReminders} (催办; table {@code step_reminder}), {@link TaskTakeBacks} (撤回审批). Publishes {@link
 * CaseCopied} and {@link StepReminded}. Writes the timeline through {@link
 * cn.affairs.approval.application.DecisionLog}.
 */
package cn.affairs.approval.task;
