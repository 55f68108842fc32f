/**
 * The checks framework: a check is a Camunda delegate ({@link StandardsCheck}) that reads a {@link
 * CaseFile} and the registers, and records one {@link CheckResult} per rule (verdict, Chinese
 * message, basis, facts) in the table {@code check_result}; {@link StandardsRule} declares the
 * articles it enforces. Knows nothing of applications or tasks: it reads cases through {@link
 * CaseFiles}, which the application package implements.
 */
package cn.affairs.approval.check;
