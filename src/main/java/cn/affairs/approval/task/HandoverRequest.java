package cn.affairs.approval.task;

/** Body of 转办, 改派 and 委派: the person the task goes to and why. */
record HandoverRequest(String userId, String comment) {}
