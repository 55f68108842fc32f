/**
 * 待办 and 已办: the task list of a user (assigned or in one of their candidate groups), claiming,
 * and decisions (APPROVE, REJECT, RETURN, RESUBMIT, WITHDRAW) with their step forms and the override
 * of a FAIL. Writes the timeline through {@link cn.affairs.approval.application.DecisionLog}.
 */
package cn.affairs.approval.task;
