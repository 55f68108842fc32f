package cn.affairs.approval.task;

import java.util.List;

/**
 * Body of 加签 ({@code userIds}, {@code position} BEFORE|AFTER, {@code comment}) and 减签 ({@code
 * userId}).
 */
record SignerRequest(List<String> userIds, String position, String comment, String userId) {}
