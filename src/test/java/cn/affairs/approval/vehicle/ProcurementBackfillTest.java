package cn.affairs.approval.vehicle;

import static cn.affairs.approval.vehicle.VehicleCases.newCar;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.application.Decision;
import cn.affairs.approval.application.DecisionLogMapper;
import cn.affairs.approval.application.DecisionRecord;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.Cases;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The step results of cases that were past 集中采购 when {@code vehicle_procurement} came are copied
 * from the decision log by migration 46.1, and Flyway ran every such migration.
 */
@AffairsTest
class ProcurementBackfillTest {

  @Autowired Cases cases;
  @Autowired VehicleCases vehicles;
  @Autowired DecisionLogMapper decisions;
  @Autowired ProcurementMapper procurements;
  @Autowired ProcurementBackfill backfill;
  @Autowired DataSource dataSource;
  @Autowired Flyway flyway;

  @BeforeEach
  void reset() {
    cases.resetRegisters();
  }

  @Test
  void flywayRanTheStepResultMigrationsOfEveryFamily() {
    List<String> versions =
        Arrays.stream(flyway.info().applied()).map(m -> m.getVersion().getVersion()).toList();
    assertThat(versions).contains("46", "46.1", "46.2", "46.3", "46.4");
  }

  @Test
  void aProcurementRecordedOnlyInTheDecisionLogIsCopiedToItsTable() throws Exception {
    // a case past 集中采购 as an older version left it: the result only in the decision log
    String id = vehicles.start("sx-jtt-staff", newCar());
    vehicles.approveUpToProcurement(id);
    var task = cases.task(id, CentralProcurement.TASK);
    decisions.insert(
        new DecisionRecord(
            null,
            id,
            task.getId(),
            CentralProcurement.TASK,
            "集中采购",
            "sx-vehicle",
            Decision.RETURN,
            "请核实",
            false,
            "{\"finalPrice\":99,\"plate\":\"晋A·X9999\"}",
            LocalDateTime.now()));
    decisions.insert(
        new DecisionRecord(
            null,
            id,
            task.getId(),
            CentralProcurement.TASK,
            "集中采购",
            "sx-vehicle",
            Decision.APPROVE,
            null,
            false,
            "{\"supplier\":\"定点供应商\",\"finalPrice\":16.5,\"plate\":\"晋A·X0001\"}",
            LocalDateTime.now()));
    assertThat(procurements.find(id)).isNull();

    try (Connection connection = dataSource.getConnection()) {
      backfill.migrate(connection);
    }

    ProcurementMapper.Result copied = procurements.find(id);
    assertThat(copied.supplier()).isEqualTo("定点供应商");
    assertThat(copied.finalPrice()).isEqualByComparingTo(new BigDecimal("16.5"));
    assertThat(copied.plate()).isEqualTo("晋A·X0001");
  }
}
