package cn.affairs.approval.org;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.AffairsApprovalApplication;
import cn.affairs.approval.testing.ApiClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A system started without the demo data has no {@code admin}/{@code demo} account and no demo
 * account at all; its first admin's password is generated and printed once in the log, or comes
 * from the environment; that admin cannot deploy through /engine-rest. Whole applications on H2
 * file databases of their own, so in the restarts JVM (*RestartIT).
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminRestartIT {

  private static final Pattern GENERATED = Pattern.compile("初始密码：([A-Za-z0-9]{20})");

  private static ConfigurableApplicationContext start(Path database, String... extra) {
    String[] args = {
      "--server.port=0",
      "--spring.jmx.enabled=false",
      "--camunda.bpm.generate-unique-process-engine-name=true",
      "--affairs.demo-data.enabled=false",
      "--spring.datasource.url=jdbc:h2:file:"
          + database.resolve("db")
          + ";MODE=MySQL;DATABASE_TO_LOWER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;LOCK_TIMEOUT=10000",
      "--affairs.documents.store=" + database.resolve("documents")
    };
    String[] all = new String[args.length + extra.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(extra, 0, all, args.length, extra.length);
    return new SpringApplicationBuilder(AffairsApprovalApplication.class).profiles("test").run(all);
  }

  private static ApiClient client(ConfigurableApplicationContext app) {
    return new ApiClient(((WebServerApplicationContext) app).getWebServer().getPort());
  }

  @Test
  void withoutDemoDataTheFirstAdminsPasswordIsGeneratedAndPrintedOnce(CapturedOutput output)
      throws Exception {
    Path database = Files.createTempDirectory("affairs-first-admin");
    String password;
    try (ConfigurableApplicationContext app = start(database)) {
      Matcher printed = GENERATED.matcher(output.getOut());
      assertThat(printed.find()).as("the generated password in the log").isTrue();
      password = printed.group(1);
      assertThat(printed.find()).as("printed once").isFalse();

      ApiClient api = client(app);
      assertThat(api.as("admin", "demo").get("/api/me").status()).isEqualTo(401);
      assertThat(api.as("sx-jyt-staff", "demo").get("/api/me").status()).isEqualTo(401);
      var me = api.as("admin", password).get("/api/me");
      assertThat(me.status()).as(me.text()).isEqualTo(200);
      assertThat(me.text()).contains("系统管理员").contains("ADMIN");
      assertThat(api.get("/login/demo-accounts").text()).doesNotContain("admin");
      // an admin, yet nothing is deployed past our validation
      assertThat(api.as("admin", password).post("/engine-rest/deployment/create", "{}").status())
          .isEqualTo(403);
      assertThat(api.as("admin", password).get("/engine-rest/engine").status()).isEqualTo(200);
      assertThat(api.as("admin", password).get("/api/admin/users").status()).isEqualTo(200);
    }

    int before = output.getOut().length();
    try (ConfigurableApplicationContext again = start(database)) {
      assertThat(output.getOut().substring(before)).doesNotContain("初始密码").doesNotContain(password);
      assertThat(client(again).as("admin", password).get("/api/me").status()).isEqualTo(200);
    }
  }

  @Test
  void theFirstAdminsPasswordMayComeFromTheEnvironment(CapturedOutput output) throws Exception {
    Path database = Files.createTempDirectory("affairs-first-admin-env");
    String password = "Wz7-" + Long.toHexString(System.nanoTime());
    try (ConfigurableApplicationContext app =
        start(database, "--affairs.first-admin.password=" + password)) {
      assertThat(output.getOut()).contains("AFFAIRS_ADMIN_PASSWORD").doesNotContain(password);
      assertThat(output.getOut()).doesNotContain("初始密码");
      ApiClient api = client(app);
      assertThat(api.as("admin", password).get("/api/me").status()).isEqualTo(200);
      assertThat(api.as("admin", "demo").get("/api/me").status()).isEqualTo(401);
    }
  }
}
