/**
 * What operators watch: the readiness gate (every request but the actuator's answers 503 until the
 * system is ready), the health of the demo data load ({@link DemoDataHealth}, part of the readiness
 * group with the database and the engine), and the engine's job gauges for Prometheus ({@link
 * EngineJobMetrics}). The endpoints themselves are Spring Boot Actuator's, configured in {@code
 * application.yml} and closed to non-admins in {@code web.SecurityConfig}.
 */
package cn.affairs.approval.operations;
