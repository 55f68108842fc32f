package cn.affairs.approval.org;

import java.util.Set;

/**
 * A user as the organisation keeps it (no password): unit, e-mail, roles, whether they may sign in.
 */
public record UserAccount(
    String id, String name, String unitCode, String email, boolean active, Set<Role> roles) {}
