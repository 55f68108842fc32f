/**
 * Reading the plain configuration files ({@code config/standards.yml}, {@code config/calendar.yml})
 * into typed records validated with jakarta.validation ({@link ConfigurationFiles}): a wrong value
 * stops the start with the key named ({@link InvalidConfigurationFile}). Depends on no other
 * package of ours.
 */
package cn.affairs.approval.config;
