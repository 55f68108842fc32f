/**
 * The organisation: governments, units, staffing by rank, users and their roles ({@link CurrentUser}),
 * kept in our tables and in Camunda's identity tables so that the engine and Camunda Admin see them.
 */
package cn.affairs.approval.org;
