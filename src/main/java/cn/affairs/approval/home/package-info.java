/**
 * 工作台: the home page of every user ({@code GET /api/home}): their open and overdue tasks, their
 * cases by status (returned ones first, with the reason), their drafts, the families they may start
 * and, for those who see their whole government, its counts. Owns no table; reads the cases, the
 * drafts and the engine's tasks. Unread messages come from the message package.
 */
package cn.affairs.approval.home;
