/**
 * Working days: the holiday and 调休 calendar ({@code config/calendar.yml}) and the due dates of user
 * tasks in working days (a task listener on every user task).
 */
package cn.affairs.approval.calendar;
