/**
 * 流程预测 (the road ahead): the steps still ahead of a running case on the path it will take as it
 * stands, read from its BPMN through Camunda's model API with the gateway conditions evaluated on
 * the case (approvals assumed at every step), who may decide each, and the date each is expected by
 * from the working-day calendar. Owns no table; reads cases, tasks and the calendar.
 */
package cn.affairs.approval.forecast;
