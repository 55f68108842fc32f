/**
 * 管理: what admins change in what the system runs on, while cases run. Deploying diagrams (with
 * validation before anything is deployed, and a startup deployer that never puts a packaged diagram
 * over an admin's version: table {@code process_deployment}), suspending and activating versions,
 * migrating running cases between versions, and the read-only audit page. Every change is written
 * to the audit log in its own transaction.
 */
package cn.affairs.approval.admin;
