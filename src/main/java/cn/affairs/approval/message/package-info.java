/**
 * 消息: what tells people that something waits for them. Owns the table {@code message}; writes a
 * message for a task waiting for a user, a case decided or returned to its applicant, and a step
 * overdue (scanned periodically), and offers {@link cn.affairs.approval.message.Messages#notify}
 * for 抄送 and 催办; serves the portal's message list and unread badge, and optionally e-mails the same
 * messages through Spring Mail after the action has committed (retried, logged, never failing the
 * action).
 */
package cn.affairs.approval.message;
