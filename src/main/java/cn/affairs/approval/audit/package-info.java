/**
 * 审计日志: one insert-only table ({@code audit_log}) of everything admins and the bureau change in
 * what the system runs on, written in the transaction of the change ({@link AuditLog#record}).
 */
package cn.affairs.approval.audit;
