package cn.affairs.approval.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The standards catalogue is bound from {@code affairs.standards.location} and validated when the
 * context starts: a missing, negative or mistyped figure, a section without its source, or a 本级规定
 * figure that is not in its section stops the start, naming the key.
 */
class StandardsConfigurationTest {

  @Configuration
  @EnableConfigurationProperties(StandardsProperties.class)
  @Import(StandardsCatalogue.class)
  static class Catalogue {}

  private final ApplicationContextRunner context =
      new ApplicationContextRunner().withUserConfiguration(Catalogue.class);

  private static String shipped() throws Exception {
    return Files.readString(Path.of("config/standards.yml"), StandardCharsets.UTF_8);
  }

  private ApplicationContextRunner withFile(String yaml) throws Exception {
    Path file = Files.createTempFile("standards", ".yml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return context.withPropertyValues("affairs.standards.location=file:" + file);
  }

  private static String causes(Throwable failure) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      text.append(t.getMessage()).append('\n');
    }
    return text.toString();
  }

  @Test
  void theShippedFileBindsByDefault() {
    context.run(
        started -> {
          assertThat(started).hasNotFailed();
          StandardsCatalogue catalogue = started.getBean(StandardsCatalogue.class);
          assertThat(catalogue.value("officeRoomArea.PROVINCE.正处级")).isEqualByComparingTo("18");
          assertThat(catalogue.figure("vehicleCaps.SPECIAL.price").localPolicy()).isTrue();
          assertThat(catalogue.figure("vehicleCaps.OTHER.price").localPolicy()).isFalse();
          assertThat(catalogue.figure("localPolicy.taskDueWorkingDays").localPolicy()).isTrue();
        });
  }

  @Test
  void aNegativeFigureIsNamedByItsKey() throws Exception {
    withFile(shipped().replace("repairCostCapPerM2: 0.25", "repairCostCapPerM2: -0.25"))
        .run(
            started -> {
              assertThat(started).hasFailed();
              assertThat(causes(started.getStartupFailure()))
                  .contains("sections[6].figures.repairCostCapPerM2")
                  .contains("localPolicy.repairCostCapPerM2")
                  .contains("不是非负数")
                  .contains("-0.25");
            });
  }

  @Test
  void aMissingFigureIsNamedByItsKey() throws Exception {
    withFile(shipped().replace("emergencyFilingWorkingDays: 15", "emergencyFilingWorkingDays:"))
        .run(
            started -> {
              assertThat(started).hasFailed();
              assertThat(causes(started.getStartupFailure()))
                  .contains("planChange.emergencyFilingWorkingDays")
                  .contains("缺少数值");
            });
  }

  @Test
  void aFigureOfTheWrongTypeIsNamedByItsKey() throws Exception {
    withFile(shipped().replace("CONFIDENTIAL.price: 12", "CONFIDENTIAL.price: [12]"))
        .run(
            started -> {
              assertThat(started).hasFailed();
              assertThat(causes(started.getStartupFailure()))
                  .contains("sections[3].figures.CONFIDENTIAL.price")
                  .contains("vehicleCaps.CONFIDENTIAL.price")
                  .contains("应为数");
            });
  }

  @Test
  void aLocalPolicySectionWithoutItsSourceIsNamed() throws Exception {
    String shipped = shipped();
    String renewal = shipped.substring(shipped.indexOf("  - key: vehicleRenewal"));
    String source = "    source: 本级规定（未见公开统一数值，由机关事务管理部门设定）\n";
    assertThat(renewal).contains(source);
    withFile(
            shipped.substring(0, shipped.indexOf("  - key: vehicleRenewal"))
                + renewal.replaceFirst(java.util.regex.Pattern.quote(source), ""))
        .run(
            started -> {
              assertThat(started).hasFailed();
              assertThat(causes(started.getStartupFailure()))
                  .contains("sections[4].source")
                  .contains("节 vehicleRenewal")
                  .contains("来源");
            });
  }

  @Test
  void aLocalPolicyFigureThatTheSectionLacksAndAnUnknownKeyAreNamed() throws Exception {
    withFile(
            shipped()
                .replace(
                    "localPolicyFigures: [SPECIAL.price, SPECIAL.displacement]",
                    "localPolicyFigures: [SPECIAL.price, SPECIAL.displacment]"))
        .run(
            started -> {
              assertThat(started).hasFailed();
              assertThat(causes(started.getStartupFailure()))
                  .contains("sections[3].localPolicyFiguresKnown")
                  .contains("节 vehicleCaps")
                  .contains("localPolicyFigures 中列出了本节没有的指标");
            });
    withFile(shipped().replace("    note: 领导人员", "    notes: 领导人员"))
        .run(
            started -> {
              assertThat(started).hasFailed();
              assertThat(causes(started.getStartupFailure()))
                  .contains("sections[0].notes")
                  .contains("没有这个键");
            });
  }
}
