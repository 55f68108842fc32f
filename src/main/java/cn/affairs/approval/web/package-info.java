/**
 * Web platform pieces: security (form login with CSRF for browsers, HTTP Basic for scripts, the
 * Camunda webapps for admins), the JSON error shape of every error ({@link ApiException}), static
 * resources and the clock.
 */
package cn.affairs.approval.web;
