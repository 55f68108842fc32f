/**
 * Web platform pieces: security (form login with CSRF for browsers, HTTP Basic for scripts, the
 * Camunda webapps for admins), the JSON error shape of every error ({@link ApiException}), static
 * resources, the clock ({@link PlatformProperties}), and the one paging shape of every list ({@link
 * Page}, {@link PageRequest}).
 */
package cn.affairs.approval.web;
