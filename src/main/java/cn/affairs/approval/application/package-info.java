/**
 * 申请: the cases themselves. Owns the tables {@code application}, {@code decision_log} (the
 * timeline, written through {@link DecisionLog}) and {@code business_key_sequence}; starts a case
 * (validates the form, stores it, starts the BPMN process with the business key), lists, shows and
 * withdraws cases, serves the process families and their forms ({@link ProcessFamily}, one bean per
 * family package) and the case diagram. One service per responsibility: {@link
 * ApplicationSubmissions} (start), {@link ApplicationQueries} (lists), {@link ApplicationDetails}
 * (one case, its diagram), {@link ApplicationWithdrawals} (撤回), {@link ApplicationLifecycle}
 * (status, locking). Forms are {@link FormSpec}s, served and validated as JSON Schema ({@link
 * FormSchema}, {@link FormValidator}). Implements {@link cn.affairs.approval.check.CaseFiles} so
 * that checks read a case without knowing this package.
 */
package cn.affairs.approval.application;
