package cn.affairs.approval.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.web.PlatformProperties;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * The demo data and the plain settings are checked when the system starts: a wrong figure in the
 * demo files or a wrong setting stops the start, naming the key.
 */
class DemoDataConfigurationTest {

  private final DemoDataLoader loader =
      new DemoDataLoader(
          List.of(),
          null,
          null,
          new DemoDataProperties(
              true, "classpath*:config/demo/*.yml", "classpath:config/demo/schema.json"));

  @Configuration
  @EnableConfigurationProperties({DemoDataProperties.class, PlatformProperties.class})
  static class Settings {}

  private final ApplicationContextRunner context =
      new ApplicationContextRunner().withUserConfiguration(Settings.class);

  @Test
  void theShippedDemoDataMeetsItsSchema() throws Exception {
    assertThat(loader.problems(loader.read())).isEmpty();
  }

  @Test
  void aWrongFigureInTheDemoDataIsNamedByItsKey() throws Exception {
    ObjectNode demo = (ObjectNode) loader.read();
    ((ObjectNode) demo.get("units").get(12)).put("vehicleQuota", -1);
    ((ObjectNode) demo.get("vehicles").get(0)).remove("price");
    ((ObjectNode) demo.get("annualPlans").get(0)).put("ceiling", "五百");
    ((ObjectNode) demo.get("officeSpace").get(0)).put("ownership", "RENTED");
    ((ObjectNode) demo.get("users").get(0)).put("nickname", "x");

    assertThat(String.join("\n", loader.problems(demo)))
        .contains("/units/12/vehicleQuota")
        .contains("/vehicles/0")
        .contains("price")
        .contains("/annualPlans/0/ceiling")
        .contains("/officeSpace/0/ownership")
        .contains("/users/0")
        .contains("nickname");
  }

  @Test
  void theDefaultsBindAndAWrongSettingStopsTheStartNamingItsKey() {
    context.run(
        started -> {
          assertThat(started).hasNotFailed();
          assertThat(started.getBean(DemoDataProperties.class).locations())
              .isEqualTo("classpath*:config/demo/*.yml");
          assertThat(started.getBean(PlatformProperties.class).zone().getId())
              .isEqualTo("Asia/Shanghai");
        });
    context
        .withPropertyValues("affairs.demo-data.locations= ")
        .run(
            started -> {
              assertThat(started).hasFailed();
              assertThat(causes(started.getStartupFailure()))
                  .contains("affairs.demo-data")
                  .contains("locations");
            });
    context
        .withPropertyValues("affairs.zone=Mars/Olympus")
        .run(
            started -> {
              assertThat(started).hasFailed();
              assertThat(causes(started.getStartupFailure())).contains("affairs.zone");
            });
  }

  private static String causes(Throwable failure) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      text.append(t.getMessage()).append('\n');
    }
    return text.toString();
  }
}
