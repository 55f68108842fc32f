/**
 * The office-space register (table {@code office_space}: owned, leased, borrowed and idle space)
 * and the office-area standard that the construction and lease checks share ({@link
 * OfficeAreaStandard}); writes to the register go through {@link OfficeSpaceRegister}.
 */
package cn.affairs.approval.officespace;
