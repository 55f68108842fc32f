/**
 * Administering the organisation: the admin API and page that add, change and deactivate
 * governments, units (with their staffing by rank) and users (with their roles), validated,
 * audited, one transaction per change; staffing by rank as an Excel workbook ({@link
 * StaffingWorkbook}); the writes go through {@code org.OrganisationRegistry}.
 */
package cn.affairs.approval.orgadmin;
