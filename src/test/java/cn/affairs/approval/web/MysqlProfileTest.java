package cn.affairs.approval.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The `mysql` profile's settings, and that the standard Spring properties override them. */
class MysqlProfileTest {

  @Configuration(proxyBeanMethods = false)
  static class NothingButConfiguration {}

  Environment environment(String... properties) {
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(NothingButConfiguration.class)
            .web(WebApplicationType.NONE)
            .profiles("mysql")
            .properties(properties)
            .run()) {
      Environment env = context.getEnvironment();
      return env;
    }
  }

  @Test
  void defaultsPointAtTheLocalServerWithTheSettingsCamundaNeeds() {
    Environment env = environment();
    String url = env.getProperty("spring.datasource.url");
    assertThat(url)
        .startsWith("jdbc:mysql://127.0.0.1:3306/affairs_approval?")
        .contains(
            "sendFractionalSeconds=false",
            "nullDatabaseMeansCurrent=true",
            "characterEncoding=UTF-8",
            "connectionCollation=utf8mb4_unicode_ci");
    assertThat(env.getProperty("spring.datasource.hikari.transaction-isolation"))
        .isEqualTo("TRANSACTION_READ_COMMITTED");
    assertThat(env.getProperty("spring.datasource.username")).isEqualTo("root");
  }

  @Test
  void environmentVariablesChooseHostAndDatabase() {
    Environment env =
        environment("DB_HOST=db.internal", "DB_PORT=3307", "DB_NAME=bureau", "DB_USER=approval");
    assertThat(env.getProperty("spring.datasource.url"))
        .startsWith("jdbc:mysql://db.internal:3307/bureau?");
    assertThat(env.getProperty("spring.datasource.username")).isEqualTo("approval");
  }

  @Test
  void standardSpringPropertiesOverrideTheProfile() {
    String url =
        "jdbc:mysql://10.1.2.3:3306/other?sendFractionalSeconds=false&nullDatabaseMeansCurrent=true";
    System.setProperty("spring.datasource.url", url);
    System.setProperty("spring.datasource.password", "secret");
    try {
      Environment env = environment();
      assertThat(env.getProperty("spring.datasource.url")).isEqualTo(url);
      assertThat(env.getProperty("spring.datasource.password")).isEqualTo("secret");
    } finally {
      System.clearProperty("spring.datasource.url");
      System.clearProperty("spring.datasource.password");
    }
  }

  @Test
  void aRealDatabaseStartsWithoutTheDemoDataUnlessAsked() {
    assertThat(environment().getProperty("affairs.demo-data.enabled", Boolean.class)).isFalse();
    assertThat(
            environment("DEMO_DATA=true").getProperty("affairs.demo-data.enabled", Boolean.class))
        .isTrue();
  }
}
