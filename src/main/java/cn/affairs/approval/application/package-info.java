/**
 * 申请: the cases themselves. Owns the tables {@code application}, {@code decision_log} (the
 * timeline, written through {@link DecisionLog}) and {@code business_key_sequence}; starts a case
 * (validates the form, stores it, starts the BPMN process with the business key), lists, shows and
 * withdraws cases, serves the process families and their forms ({@link ProcessFamily}, one bean per
 * family package) and the case diagram. Implements {@link cn.affairs.approval.check.CaseFiles} so
 * that checks read a case without knowing this package.
 */
package cn.affairs.approval.application;
