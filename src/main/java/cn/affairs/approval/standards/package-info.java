/**
 * The standards catalogue ({@code config/standards.yml}: every figure with its source, 本级规定 marked)
 * and the regulation map (each article of the two regulations with the steps and checks that
 * enforce it, or why the system does not).
 */
package cn.affairs.approval.standards;
