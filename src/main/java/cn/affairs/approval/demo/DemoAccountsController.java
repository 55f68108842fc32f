package cn.affairs.approval.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /login/demo-accounts}, open: the demo accounts the sign-in page lists, only while the
 * demo data is on; an empty list otherwise, so that a production system names no account.
 */
@RestController
class DemoAccountsController {

  /** One demo account: user id, name and unit name (the password of every one is {@code demo}). */
  record DemoAccount(String id, String name, String unit) {}

  private final DemoDataLoader loader;
  private volatile List<DemoAccount> accounts;

  DemoAccountsController(DemoDataLoader loader) {
    this.loader = loader;
  }

  @GetMapping("/login/demo-accounts")
  List<DemoAccount> demoAccounts() throws IOException {
    if (!loader.enabled()) {
      return List.of();
    }
    if (accounts == null) {
      JsonNode demo = loader.read();
      Map<String, String> units = new HashMap<>();
      demo.path("units").forEach(u -> units.put(u.path("code").asText(), u.path("name").asText()));
      List<DemoAccount> list = new ArrayList<>();
      demo.path("users")
          .forEach(
              u ->
                  list.add(
                      new DemoAccount(
                          u.path("id").asText(),
                          u.path("name").asText(),
                          units.getOrDefault(u.path("unit").asText(), ""))));
      accounts = List.copyOf(list);
    }
    return accounts;
  }
}
