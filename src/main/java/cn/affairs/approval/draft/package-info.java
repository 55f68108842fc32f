/**
 * 草稿: application forms saved before they are submitted, complete or not. Owns the tables {@code
 * draft} and {@code draft_submission}. A draft is only its author's; every save names the version
 * it read (a stale save is a 409); submitting starts the case through {@link
 * cn.affairs.approval.application.ApplicationSubmissions} and deletes the draft in the same
 * transaction, so a draft becomes at most one case.
 */
package cn.affairs.approval.draft;
