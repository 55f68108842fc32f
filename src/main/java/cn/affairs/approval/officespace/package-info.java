/**
 * The office-space register (table {@code office_space}: buildings and rooms, owned, leased with an
 * end date, borrowed, idle; usable and building area), kept by the bureau through {@link
 * OfficeSpaceRegister} (API, audited) and {@link OfficeSpaceWorkbook} (Excel), read-only for each
 * unit; and the office-area standard the construction and lease checks share ({@link
 * OfficeAreaStandard}), which counts the space of cases approved but not yet registered ({@link
 * ApprovedOfficeSpace}) and is evaluated again under the unit's lock at the steps that write the
 * register.
 */
package cn.affairs.approval.officespace;
