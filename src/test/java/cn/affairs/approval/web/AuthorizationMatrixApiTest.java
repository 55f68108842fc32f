package cn.affairs.approval.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.org.UserDirectory;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the application × every role × the object it aims at (own unit, another unit of
 * the same government, another government), against the expected status written in {@code
 * authorization-matrix.txt} beside this class. The endpoints are read from Spring's request
 * mappings: one without a row of the table (or without a request in {@link ApiFixtures}) fails the
 * test. Each cell runs in a transaction that is rolled back, so that every cell sees the same
 * objects (an approval that succeeds for the head is undone before the reviewer tries). A list or
 * page answered 200 must not show a scope's case to a role that may not open it. The users are
 * signed in as a session would be (the token the sign-in gives, with the CSRF token the portal
 * sends); the anonymous column has the CSRF token and no sign-in.
 */
@AffairsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixApiTest {

  /** The columns of the table: a demo user for each role, all of 山西省 (sx). */
  static final Map<String, String> ROLES = new LinkedHashMap<>();

  static {
    ROLES.put("staff", "sx-jyt-staff");
    ROLES.put("head", "sx-jyt-head");
    ROLES.put("reviewer", "sx-reviewer");
    ROLES.put("vehicle", "sx-vehicle");
    ROLES.put("asset", "sx-asset");
    ROLES.put("director", "sx-director");
    ROLES.put("finance", "sx-finance");
    ROLES.put("drc", "sx-drc");
    ROLES.put("gov", "sx-gov");
    ROLES.put("admin", "admin");
    ROLES.put("anonymous", null);
  }

  @Autowired WebApplicationContext context;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Autowired PlatformTransactionManager transactions;
  @Autowired UserDirectory users;
  @LocalServerPort int port;

  MockMvc mvc;
  ApiFixtures fixtures;

  @BeforeAll
  void setUp() {
    mvc =
        MockMvcBuilders.webAppContextSetup(context)
            .apply(SecurityMockMvcConfigurers.springSecurity())
            .build();
    fixtures = ApiFixtures.create(new ApiClient(port));
  }

  @AfterAll
  void removeFixtures() {
    fixtures.remove(new ApiClient(port));
  }

  /** A row of the table: endpoint, scope and the expected status per role. */
  record Row(String endpoint, String scope, Map<String, Integer> expected, int line) {}

  @Test
  void everyEndpointAnswersEachRoleAndScopeAsTheTableSays() throws Exception {
    List<Row> rows = table();
    Set<String> endpoints = endpoints();
    Set<String> inTable = new TreeSet<>();
    rows.forEach(r -> inTable.add(r.endpoint()));

    Set<String> missing = new TreeSet<>(endpoints);
    missing.removeAll(inTable);
    assertThat(missing).as("endpoints without a row in authorization-matrix.txt").isEmpty();
    Set<String> stale = new TreeSet<>(inTable);
    stale.removeAll(endpoints);
    assertThat(stale).as("rows of authorization-matrix.txt for no endpoint").isEmpty();

    Map<String, CurrentUser> signedIn = new LinkedHashMap<>();
    ROLES.forEach((role, id) -> signedIn.put(role, id == null ? null : users.load(id)));
    // who may see each scope's case: a list or page that shows it to anyone else leaks it
    Map<String, Map<String, Integer>> detail = new LinkedHashMap<>();
    for (Row row : rows) {
      if (row.endpoint().equals("GET /api/applications/{id}")) {
        detail.put(row.scope(), row.expected());
      }
    }
    TransactionTemplate rollback = new TransactionTemplate(transactions);
    long started = System.nanoTime();
    List<String> wrong = new ArrayList<>();
    StringBuilder actualTable = new StringBuilder();
    int cells = 0;
    for (Row row : rows) {
      ApiFixtures.Call call = fixtures.call(row.endpoint(), fixtures.scope(row.scope()));
      assertThat(call).as("a request for " + row.endpoint() + " in ApiFixtures").isNotNull();
      StringBuilder actualRow = new StringBuilder();
      for (Map.Entry<String, String> role : ROLES.entrySet()) {
        MockHttpServletResponse response =
            rollback.execute(
                tx -> {
                  tx.setRollbackOnly();
                  try {
                    return mvc.perform(call.build(signedIn.get(role.getKey())))
                        .andReturn()
                        .getResponse();
                  } catch (Exception e) {
                    MockHttpServletResponse failed = new MockHttpServletResponse();
                    failed.setStatus(599);
                    return failed;
                  }
                });
        int status = response.getStatus();
        if (status == 200
            && call.method() == HttpMethod.GET
            && !row.scope().equals("-")
            && detail.get(row.scope()).get(role.getKey()) != 200) {
          String caseId = fixtures.scope(row.scope()).caseId();
          if (response.getContentAsString(StandardCharsets.UTF_8).contains(caseId)) {
            wrong.add(
                "line "
                    + row.line()
                    + ": "
                    + row.endpoint()
                    + " ["
                    + row.scope()
                    + "] shows case "
                    + caseId
                    + " to "
                    + role.getKey()
                    + ", who may not see it");
          }
        }
        cells++;
        actualRow.append(String.format(" %-4d", status));
        int expected = row.expected().get(role.getKey());
        if (status != expected) {
          wrong.add(
              "line "
                  + row.line()
                  + ": "
                  + row.endpoint()
                  + " ["
                  + row.scope()
                  + "] as "
                  + role.getKey()
                  + ": expected "
                  + expected
                  + ", got "
                  + status);
        }
      }
      actualTable.append(
          String.format("%-66s %-5s%s%n", row.endpoint(), row.scope(), actualRow.toString()));
    }
    System.out.printf(
        "authorization matrix: %d endpoints, %d rows, %d cells tried (%d roles) in %d ms%n",
        endpoints.size(),
        rows.size(),
        cells,
        ROLES.size(),
        (System.nanoTime() - started) / 1_000_000);
    if (!wrong.isEmpty()) {
      System.out.println("actual statuses:\n" + actualTable);
    }
    assertThat(wrong).as("cells that differ from the table").isEmpty();
  }

  /** "METHOD pattern" of every mapping of our own controllers. */
  Set<String> endpoints() {
    Set<String> keys = new TreeSet<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> m : mappings.getHandlerMethods().entrySet()) {
      if (!m.getValue().getBeanType().getName().startsWith("cn.affairs.approval.")) {
        continue;
      }
      RequestMappingInfo info = m.getKey();
      assertThat(info.getMethodsCondition().getMethods())
          .as("an HTTP method on " + info)
          .isNotEmpty();
      for (var method : info.getMethodsCondition().getMethods()) {
        for (String pattern : info.getPatternValues()) {
          keys.add(method.name() + " " + pattern);
        }
      }
    }
    return keys;
  }

  /** The table: {@code METHOD pattern scope status…} with a status per role in ROLES order. */
  static List<Row> table() throws IOException {
    List<Row> rows = new ArrayList<>();
    try (InputStream in =
        AuthorizationMatrixApiTest.class.getResourceAsStream("authorization-matrix.txt")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\\s+");
        assertThat(cells.length).as("line " + (i + 1) + ": " + line).isEqualTo(3 + ROLES.size());
        Map<String, Integer> expected = new LinkedHashMap<>();
        int c = 3;
        for (String role : ROLES.keySet()) {
          expected.put(role, Integer.parseInt(cells[c++]));
        }
        assertThat(Set.of("-", "own", "unit", "gov")).contains(cells[2]);
        rows.add(new Row(cells[0] + " " + cells[1], cells[2], expected, i + 1));
      }
    }
    return rows;
  }
}
