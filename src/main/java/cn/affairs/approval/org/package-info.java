/**
 * The organisation: governments, units, staffing by rank, users and their roles ({@link
 * CurrentUser}). Our tables are the one source of truth; Camunda's identity service reads them
 * through a read-only identity provider ({@link OrgIdentityProvider}), and only {@link
 * OrganisationRegistry} (and the demo loader) writes them.
 */
package cn.affairs.approval.org;
