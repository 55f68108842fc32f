package cn.affairs.approval.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The sign-in page lists demo accounts only while the demo data is on. */
class DemoAccountsTest {

  private static DemoAccountsController controller(boolean demo) {
    return new DemoAccountsController(
        new DemoDataLoader(
            List.of(),
            null,
            null,
            new DemoDataProperties(
                demo, "classpath*:config/demo/*.yml", "classpath:config/demo/schema.json")));
  }

  @Test
  void withDemoDataTheAccountsAreListedWithNameAndUnit() throws Exception {
    assertThat(controller(true).demoAccounts())
        .contains(new DemoAccountsController.DemoAccount("sx-jyt-staff", "孙经办", "山西省教育厅"))
        .extracting(DemoAccountsController.DemoAccount::id)
        .contains("admin", "sx-reviewer");
  }

  @Test
  void withoutDemoDataNoAccountIsNamed() throws Exception {
    assertThat(controller(false).demoAccounts()).isEmpty();
  }
}
