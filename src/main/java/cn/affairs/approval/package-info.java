/**
 * affairs-approval 机关事务审批系统: one package per process family and one per shared platform piece;
 * docs/architecture.md says what each owns and how a request flows through them.
 */
package cn.affairs.approval;
