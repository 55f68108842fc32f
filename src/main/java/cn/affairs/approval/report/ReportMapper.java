package cn.affairs.approval.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * Read-only queries of the reports: one aggregate query per figure and government (not per unit),
 * so that a report over a year's cases stays one handful of queries. {@code unit} narrows every
 * query to one unit when it is not null. Amounts in 万元, areas in ㎡. Nothing here writes.
 */
@Mapper
interface ReportMapper {

  /**
   * One unit when asked for; otherwise the government's units that are active (a deactivated unit
   * no longer reports).
   */
  String UNIT_FILTER =
      "<if test='unit != null'> AND u.code = #{unit}</if><if test='unit == null'> AND u.active = TRUE</if>";

  /** An applying unit of a government, with its vehicle quota and staffing total. */
  record UnitRow(String code, String name, int vehicleQuota, int headcount) {}

  /** A unit's plan of the year. */
  record PlanRow(String unitCode, long planId, BigDecimal ceiling, int version) {}

  /** An amount (and how many rows made it) of a unit and category. */
  record CategoryAmount(String unitCode, String category, BigDecimal amount, long count) {}

  /** Per unit: an approved amount, an executed amount and how many cases. */
  record UnitFigures(String unitCode, BigDecimal approved, BigDecimal executed, long count) {}

  /**
   * An approved vehicle purchase: the form (with the price applied for) and the final price
   * registered.
   */
  record VehicleCase(
      String unitCode, String applicationId, String formJson, BigDecimal finalPrice) {}

  /** Per unit and kind: a count and a value. */
  record KindCount(String unitCode, String kind, long count, BigDecimal value) {}

  record StaffingRow(String unitCode, String rankName, int headcount) {}

  /** Per unit: a value. */
  record UnitValue(String unitCode, BigDecimal value) {}

  record StatusCount(String processKey, String status, long count) {}

  record DecidedCase(String processKey, LocalDateTime createdAt, LocalDateTime decidedAt) {}

  record StepTime(
      String processKey, String taskKey, String name, long count, BigDecimal totalMillis) {}

  record RuleOverrides(String processKey, String step, String rule, long count) {}

  record OpenTask(
      String taskId,
      String name,
      String taskKey,
      String assignee,
      String assigneeName,
      Date created,
      Date due,
      String applicationId,
      String processKey,
      String title,
      String unitCode,
      String unitName) {}

  record CandidateGroup(String taskId, String groupId) {}

  record ApplicationRef(String id, String processKey, String title, String status) {}

  @Select(
      "<script>SELECT u.code, u.name, u.vehicle_quota, "
          + "(SELECT COALESCE(SUM(s.headcount), 0) FROM staffing s WHERE s.unit_code = u.code) AS headcount "
          + "FROM unit u WHERE u.gov_code = #{gov} AND u.kind = 'AGENCY'"
          + UNIT_FILTER
          + " ORDER BY u.code</script>")
  List<UnitRow> units(@Param("gov") String gov, @Param("unit") String unit);

  @Select(
      "<script>SELECT p.unit_code, p.id, p.ceiling, p.version FROM annual_plan p JOIN unit u ON u.code = p.unit_code "
          + "WHERE u.gov_code = #{gov} AND p.plan_year = #{year}"
          + UNIT_FILTER
          + "</script>")
  List<PlanRow> plans(
      @Param("gov") String gov, @Param("unit") String unit, @Param("year") int year);

  /** What the plans of the year hold now, per unit and category. */
  @Select(
      "<script>SELECT p.unit_code, i.category, SUM(i.amount), COUNT(*) FROM annual_plan p "
          + "JOIN unit u ON u.code = p.unit_code JOIN plan_item i ON i.plan_id = p.id "
          + "WHERE u.gov_code = #{gov} AND p.plan_year = #{year}"
          + UNIT_FILTER
          + " GROUP BY p.unit_code, i.category</script>")
  List<CategoryAmount> planned(
      @Param("gov") String gov, @Param("unit") String unit, @Param("year") int year);

  /** Items that approved office-space-construction cases entered in the plans of the year. */
  @Select(
      "<script>SELECT p.unit_code, i.category, SUM(i.amount), COUNT(*) FROM annual_plan p "
          + "JOIN unit u ON u.code = p.unit_code JOIN plan_item i ON i.plan_id = p.id "
          + "JOIN application a ON a.id = i.source_application "
          + "WHERE u.gov_code = #{gov} AND p.plan_year = #{year} AND a.status = 'APPROVED' "
          + "AND a.process_key = 'office-space-construction'"
          + UNIT_FILTER
          + " GROUP BY p.unit_code, i.category</script>")
  List<CategoryAmount> approvedConstruction(
      @Param("gov") String gov, @Param("unit") String unit, @Param("year") int year);

  /**
   * What approved plan-change cases added to (or took from) the plans of the year and is still in
   * force.
   */
  @Select(
      "<script>SELECT p.unit_code, i.category, SUM(j.amount_after - j.amount_before), COUNT(DISTINCT j.application_id) "
          + "FROM plan_adjustment j JOIN annual_plan p ON p.id = j.plan_id JOIN unit u ON u.code = p.unit_code "
          + "JOIN plan_item i ON i.id = j.item_id JOIN application a ON a.id = j.application_id "
          + "WHERE u.gov_code = #{gov} AND p.plan_year = #{year} AND a.status = 'APPROVED' "
          + "AND j.reverted_version IS NULL"
          + UNIT_FILTER
          + " GROUP BY p.unit_code, i.category</script>")
  List<CategoryAmount> approvedPlanChanges(
      @Param("gov") String gov, @Param("unit") String unit, @Param("year") int year);

  /**
   * Major repairs of the year's repair plans: the estimated cost of the approved ones, and the
   * actual cost the units reported at completion (of every repair not taken out of the plan).
   */
  @Select(
      "<script>SELECT r.unit_code, "
          + "SUM(CASE WHEN a.status = 'APPROVED' THEN r.estimated_cost ELSE 0 END), "
          + "SUM(CASE WHEN r.status &lt;&gt; 'CANCELLED' AND r.actual_cost IS NOT NULL THEN r.actual_cost ELSE 0 END), "
          + "SUM(CASE WHEN a.status = 'APPROVED' THEN 1 ELSE 0 END) "
          + "FROM repair_project r JOIN unit u ON u.code = r.unit_code LEFT JOIN application a ON a.id = r.source_application "
          + "WHERE u.gov_code = #{gov} AND r.plan_year = #{year} AND r.repair_type = 'MAJOR'"
          + UNIT_FILTER
          + " GROUP BY r.unit_code</script>")
  List<UnitFigures> majorRepairs(
      @Param("gov") String gov, @Param("unit") String unit, @Param("year") int year);

  /**
   * Vehicle purchases approved in [from, to), with the final price of the car they registered
   * (every approved purchase registers its car in the same transaction as its last step).
   */
  @Select(
      "<script>SELECT a.unit_code, a.id, a.form_json, v.price FROM application a JOIN unit u ON u.code = a.unit_code "
          + "JOIN vehicle v ON v.source_application = a.id "
          + "WHERE a.gov_code = #{gov} AND a.process_key = 'vehicle-purchase' AND a.status = 'APPROVED' "
          + "AND a.decided_at &gt;= #{from} AND a.decided_at &lt; #{to}"
          + UNIT_FILTER
          + " ORDER BY a.id</script>")
  List<VehicleCase> approvedVehicles(
      @Param("gov") String gov,
      @Param("unit") String unit,
      @Param("from") LocalDateTime from,
      @Param("to") LocalDateTime to);

  /**
   * Office space that cases approved in [from, to) entered in the register, per unit and family
   * (the kind is the process key): space leased, borrowed or swapped into use (office-space-lease),
   * and the office-room area of new builds, expansions and purchases (office-space-construction, at
   * 登记办公用房; a renovation adds none).
   */
  @Select(
      "<script>SELECT a.unit_code, a.process_key, COUNT(*), SUM(s.area) FROM office_space s "
          + "JOIN application a ON a.id = s.source_application JOIN unit u ON u.code = a.unit_code "
          + "WHERE a.gov_code = #{gov} AND a.status = 'APPROVED' "
          + "AND a.process_key IN ('office-space-lease', 'office-space-construction') "
          + "AND a.decided_at &gt;= #{from} AND a.decided_at &lt; #{to}"
          + UNIT_FILTER
          + " GROUP BY a.unit_code, a.process_key</script>")
  List<KindCount> spaceTakenIntoUse(
      @Param("gov") String gov,
      @Param("unit") String unit,
      @Param("from") LocalDateTime from,
      @Param("to") LocalDateTime to);

  /**
   * Assets the transfers of [from, to) moved, per applying unit and transfer type, with their
   * original value.
   */
  @Select(
      "<script>SELECT a.unit_code, m.transfer_type, COUNT(*), SUM(x.original_value) FROM asset_movement m "
          + "JOIN application a ON a.id = m.application_id JOIN asset x ON x.code = m.asset_code "
          + "JOIN unit u ON u.code = a.unit_code "
          + "WHERE a.gov_code = #{gov} AND m.moved_at &gt;= #{from} AND m.moved_at &lt; #{to}"
          + UNIT_FILTER
          + " GROUP BY a.unit_code, m.transfer_type</script>")
  List<KindCount> assetsMoved(
      @Param("gov") String gov,
      @Param("unit") String unit,
      @Param("from") LocalDateTime from,
      @Param("to") LocalDateTime to);

  // ---- running cost
  // ---------------------------------------------------------------------------------

  /** The staffing (编制定员 by rank) of every applying unit of the government. */
  @Select(
      "<script>SELECT s.unit_code, s.rank_name, s.headcount FROM staffing s JOIN unit u ON u.code = s.unit_code "
          + "WHERE u.gov_code = #{gov} AND u.kind = 'AGENCY'"
          + UNIT_FILTER
          + " ORDER BY s.unit_code, s.rank_name</script>")
  List<StaffingRow> staffing(@Param("gov") String gov, @Param("unit") String unit);

  /**
   * Office-room area each unit holds on {@code day}: owned, and leased or borrowed space not yet
   * ended.
   */
  @Select(
      "<script>SELECT s.unit_code, SUM(s.area) FROM office_space s JOIN unit u ON u.code = s.unit_code "
          + "WHERE u.gov_code = #{gov} AND s.ownership IN ('OWNED', 'LEASED', 'BORROWED') "
          + "AND (s.end_date IS NULL OR s.end_date &gt;= #{day})"
          + UNIT_FILTER
          + " GROUP BY s.unit_code</script>")
  List<UnitValue> occupiedArea(
      @Param("gov") String gov, @Param("unit") String unit, @Param("day") LocalDate day);

  /** Vehicles per unit and status, with the sum of their prices. */
  @Select(
      "<script>SELECT v.unit_code, v.status, COUNT(*), SUM(v.price) FROM vehicle v JOIN unit u ON u.code = v.unit_code "
          + "WHERE u.gov_code = #{gov}"
          + UNIT_FILTER
          + " GROUP BY v.unit_code, v.status</script>")
  List<KindCount> vehiclesByStatus(@Param("gov") String gov, @Param("unit") String unit);

  /** Vehicles bought in [from, to) per unit: how many and what they cost. */
  @Select(
      "<script>SELECT v.unit_code, 'PURCHASED', COUNT(*), SUM(v.price) FROM vehicle v JOIN unit u ON u.code = v.unit_code "
          + "WHERE u.gov_code = #{gov} AND v.purchase_date &gt;= #{from} AND v.purchase_date &lt; #{to}"
          + UNIT_FILTER
          + " GROUP BY v.unit_code</script>")
  List<KindCount> vehiclesBought(
      @Param("gov") String gov,
      @Param("unit") String unit,
      @Param("from") LocalDate from,
      @Param("to") LocalDate to);

  /** Repair spending per unit and type: the actual cost of repairs completed in [from, to). */
  @Select(
      "<script>SELECT r.unit_code, r.repair_type, COUNT(*), SUM(r.actual_cost) FROM repair_project r "
          + "JOIN unit u ON u.code = r.unit_code WHERE u.gov_code = #{gov} AND r.actual_cost IS NOT NULL "
          + "AND r.completed_on &gt;= #{from} AND r.completed_on &lt; #{to}"
          + UNIT_FILTER
          + " GROUP BY r.unit_code, r.repair_type</script>")
  List<KindCount> repairsCompleted(
      @Param("gov") String gov,
      @Param("unit") String unit,
      @Param("from") LocalDate from,
      @Param("to") LocalDate to);

  /**
   * Routine repairs the unit heads approved in [from, to), at their estimated cost (no actual cost
   * is reported).
   */
  @Select(
      "<script>SELECT r.unit_code, 'ROUTINE', COUNT(*), SUM(r.estimated_cost) FROM repair_project r "
          + "JOIN unit u ON u.code = r.unit_code JOIN application a ON a.id = r.source_application "
          + "WHERE u.gov_code = #{gov} AND r.repair_type = 'ROUTINE' AND r.status = 'RECORDED' AND a.status = 'APPROVED' "
          + "AND a.decided_at &gt;= #{fromTime} AND a.decided_at &lt; #{toTime}"
          + UNIT_FILTER
          + " GROUP BY r.unit_code</script>")
  List<KindCount> routineRepairs(
      @Param("gov") String gov,
      @Param("unit") String unit,
      @Param("fromTime") LocalDateTime from,
      @Param("toTime") LocalDateTime to);

  /** An approved lease (租用) that is in force for part of [from, to), with its form and term. */
  record LeaseInForce(
      String unitCode, String id, String formJson, LocalDateTime decidedAt, LocalDate endDate) {}

  /**
   * The office space that approved lease (租用) cases entered in the register and that is held on
   * some day of [from, to): approved before {@code to}, ending on or after {@code from}.
   */
  @Select(
      "<script>SELECT a.unit_code, a.id, a.form_json, a.decided_at, s.end_date FROM office_space s "
          + "JOIN application a ON a.id = s.source_application JOIN unit u ON u.code = a.unit_code "
          + "WHERE a.gov_code = #{gov} AND a.process_key = 'office-space-lease' AND a.status = 'APPROVED' "
          + "AND s.ownership = 'LEASED' AND a.decided_at &lt; #{toTime} "
          + "AND (s.end_date IS NULL OR s.end_date &gt;= #{from})"
          + UNIT_FILTER
          + " ORDER BY a.id</script>")
  List<LeaseInForce> leasesInForce(
      @Param("gov") String gov,
      @Param("unit") String unit,
      @Param("from") LocalDate from,
      @Param("toTime") LocalDateTime to);

  /** Assets each unit holds now (in use or idle), with their original value. */
  @Select(
      "<script>SELECT x.holder_unit, 'HELD', COUNT(*), SUM(x.original_value) FROM asset x "
          + "JOIN unit u ON u.code = x.holder_unit WHERE u.gov_code = #{gov} AND x.status IN ('IN_USE', 'IDLE')"
          + UNIT_FILTER
          + " GROUP BY x.holder_unit</script>")
  List<KindCount> assetsHeld(@Param("gov") String gov, @Param("unit") String unit);

  /** Assets each unit holds that were bought in [from, to), with their original value. */
  @Select(
      "<script>SELECT x.holder_unit, 'PURCHASED', COUNT(*), SUM(x.original_value) FROM asset x "
          + "JOIN unit u ON u.code = x.holder_unit WHERE u.gov_code = #{gov} "
          + "AND x.purchase_date &gt;= #{from} AND x.purchase_date &lt; #{to}"
          + UNIT_FILTER
          + " GROUP BY x.holder_unit</script>")
  List<KindCount> assetsBought(
      @Param("gov") String gov,
      @Param("unit") String unit,
      @Param("from") LocalDate from,
      @Param("to") LocalDate to);

  // ---- approval statistics
  // ---------------------------------------------------------------------------

  @Select(
      "<script>SELECT a.process_key, a.status, COUNT(*) FROM application a JOIN unit u ON u.code = a.unit_code "
          + "WHERE a.gov_code = #{gov} AND a.created_at &gt;= #{from} AND a.created_at &lt; #{to}"
          + UNIT_FILTER
          + " GROUP BY a.process_key, a.status</script>")
  List<StatusCount> statusCounts(
      @Param("gov") String gov,
      @Param("unit") String unit,
      @Param("from") LocalDateTime from,
      @Param("to") LocalDateTime to);

  /** Cases started in [from, to) that were decided (approved or rejected). */
  @Select(
      "<script>SELECT a.process_key, a.created_at, a.decided_at FROM application a JOIN unit u ON u.code = a.unit_code "
          + "WHERE a.gov_code = #{gov} AND a.created_at &gt;= #{from} AND a.created_at &lt; #{to} "
          + "AND a.status IN ('APPROVED', 'REJECTED') AND a.decided_at IS NOT NULL"
          + UNIT_FILTER
          + "</script>")
  List<DecidedCase> decided(
      @Param("gov") String gov,
      @Param("unit") String unit,
      @Param("from") LocalDateTime from,
      @Param("to") LocalDateTime to);

  /**
   * Completed user tasks of the cases started in [from, to), from Camunda's history, per family and
   * step. A case's tasks start after the case did, so only tasks started since {@code tasksFrom} (a
   * day before {@code from}: Camunda writes its times in the server's zone) are read, through
   * Camunda's index on the start time; each finds its case through the process-instance index.
   */
  @Select(
      "<script>SELECT a.process_key, t.TASK_DEF_KEY_, MAX(t.NAME_), COUNT(*), SUM(t.DURATION_) "
          + "FROM ACT_HI_TASKINST t JOIN application a ON a.process_instance_id = t.PROC_INST_ID_ "
          + "JOIN unit u ON u.code = a.unit_code "
          + "WHERE t.START_TIME_ &gt;= #{tasksFrom} AND t.END_TIME_ IS NOT NULL AND t.DURATION_ IS NOT NULL "
          + "AND a.gov_code = #{gov} AND a.created_at &gt;= #{from} AND a.created_at &lt; #{to}"
          + UNIT_FILTER
          + " GROUP BY a.process_key, t.TASK_DEF_KEY_</script>")
  List<StepTime> stepTimes(
      @Param("gov") String gov,
      @Param("unit") String unit,
      @Param("from") LocalDateTime from,
      @Param("to") LocalDateTime to,
      @Param("tasksFrom") LocalDateTime tasksFrom);

  /**
   * Approvals given over a FAIL (decision_log.override_fail), counted per rule that was FAIL when
   * the decision was made: the latest result of the rule checked at or before the decision.
   */
  @Select(
      "<script>SELECT a.process_key, d.step, c.rule_name, COUNT(*) FROM decision_log d "
          + "JOIN application a ON a.id = d.application_id JOIN unit u ON u.code = a.unit_code "
          + "JOIN check_result c ON c.application_id = d.application_id AND c.checked_at &lt;= d.decided_at "
          + "WHERE d.override_fail = TRUE AND a.gov_code = #{gov} AND a.created_at &gt;= #{from} AND a.created_at &lt; #{to} "
          + "AND c.verdict = 'FAIL' AND NOT EXISTS (SELECT 1 FROM check_result n WHERE n.application_id = c.application_id "
          + "AND n.rule_name = c.rule_name AND n.id &gt; c.id AND n.checked_at &lt;= d.decided_at)"
          + UNIT_FILTER
          + " GROUP BY a.process_key, d.step, c.rule_name</script>")
  List<RuleOverrides> overrides(
      @Param("gov") String gov,
      @Param("unit") String unit,
      @Param("from") LocalDateTime from,
      @Param("to") LocalDateTime to);

  /** Open user tasks of the government's cases due before {@code now}, the most overdue first. */
  @Select(
      "<script>SELECT t.ID_ AS task_id, t.NAME_ AS task_name, t.TASK_DEF_KEY_ AS task_key, "
          + "t.ASSIGNEE_ AS assignee, p.name AS assignee_name, t.CREATE_TIME_ AS created, t.DUE_DATE_ AS due, "
          + "a.id AS application_id, a.process_key, a.title, a.unit_code, u.name AS unit_name FROM ACT_RU_TASK t "
          + "JOIN application a ON a.process_instance_id = t.PROC_INST_ID_ JOIN unit u ON u.code = a.unit_code "
          + "LEFT JOIN app_user p ON p.id = t.ASSIGNEE_ "
          + "WHERE a.gov_code = #{gov} AND t.DUE_DATE_ &lt; #{now}"
          + UNIT_FILTER
          + " ORDER BY t.DUE_DATE_, t.ID_</script>")
  List<OpenTask> overdueTasks(
      @Param("gov") String gov, @Param("unit") String unit, @Param("now") Date now);

  @Select(
      "<script>SELECT TASK_ID_, GROUP_ID_ FROM ACT_RU_IDENTITYLINK WHERE TYPE_ = 'candidate' AND GROUP_ID_ IS NOT NULL "
          + "AND TASK_ID_ IN <foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach> "
          + "ORDER BY GROUP_ID_</script>")
  List<CandidateGroup> candidateGroups(@Param("ids") Collection<String> taskIds);

  // ---- plan view
  // ------------------------------------------------------------------------------------

  @Select(
      "<script>SELECT id, process_key, title, status FROM application WHERE id IN "
          + "<foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach></script>")
  List<ApplicationRef> applications(@Param("ids") Collection<String> ids);
}
