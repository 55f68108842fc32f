/**
 * The demo data set ({@code config/demo/*.yml}), loaded once into an empty database when {@code
 * affairs.demo-data.enabled}; each package contributes a {@link DemoDataSection} for its tables.
 */
package cn.affairs.approval.demo;
