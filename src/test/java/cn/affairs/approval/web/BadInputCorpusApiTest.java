package cn.affairs.approval.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.org.UserDirectory;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Hostile input at every endpoint that takes input: for each, the request of {@link ApiFixtures}
 * sent by one who may make it (the first role the authorization matrix lets through on the own
 * unit's objects), broken in every way generated below: the body not JSON, not an object, invalid
 * UTF-8, nested 100,000 deep, 1 MB of text, a wrong content type; each field null, missing or
 * renamed (an unknown field), of the wrong type, 1 MB long, with a control character, a number -1,
 * 1e309, 1e999999999 (as number and as text), NaN, a list of 10,000 items, script and SQL fragments
 * in the fields that name things (ids, codes, options); each path variable and query parameter an
 * id that does not exist, another government's, or any of those values; an upload empty, not what
 * its name says, or missing; an import's workbook cut short, a zip without a workbook, a header
 * without rows, or its valid row with each cell in turn given a value its column must refuse
 * ({@link #IMPORT_COLUMNS}). Nothing may answer 5xx; every refusal is our JSON error shape ({@link
 * ErrorBody}) with a Chinese message; a change (POST, PUT, DELETE) must be refused (4xx) and write
 * nothing: the rows of our tables and of Camunda's ACT_RU_EXECUTION are counted before and after
 * each endpoint's inputs. Free text (a comment, a name) may hold script and SQL: it is stored as
 * text, and the portal shows it as text (PortalBrowserIT).
 */
@AffairsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCorpusApiTest {

  /**
   * Per endpoint that changes something: its required body fields (null or missing is wrong) and
   * its free-text fields (script and SQL are text there, not an attack to refuse). A new POST, PUT
   * or PATCH endpoint without an entry fails {@link #everyChangingEndpointHasACorpusEntry()}.
   */
  record Spec(Set<String> required, Set<String> freeText, boolean formAsTyped) {
    static Spec of(String required, String freeText) {
      return new Spec(words(required), words(freeText), false);
    }

    /**
     * A draft keeps its form as typed (unfinished, validated at submission): its form's fields are
     * not broken one by one here (they are at POST /api/applications and its precheck).
     */
    static Spec draft(String required) {
      return new Spec(words(required), Set.of(), true);
    }

    private static Set<String> words(String list) {
      return list.isBlank() ? Set.of() : Set.of(list.split(","));
    }
  }

  static final Map<String, Spec> SPECS = new LinkedHashMap<>();

  static {
    String form =
        "form.projectType,form.projectName,form.location,form.addedOfficeRoomArea,form.addedBasicOfficeArea,"
            + "form.addedBuildingArea,form.estimatedCost,form.fundingSource,form.necessity,"
            + "form.usesAgencyLand";
    String formText = "form.projectName,form.location,form.necessity";
    SPECS.put("POST /api/applications", Spec.of("processKey," + form, formText));
    SPECS.put("POST /api/applications/precheck", Spec.of("processKey", formText));
    SPECS.put("POST /api/applications/{id}/withdraw", Spec.of("", ""));
    SPECS.put("POST /api/applications/{id}/take-back", Spec.of("", "comment"));
    SPECS.put("POST /api/applications/{id}/remind", Spec.of("", "comment"));
    SPECS.put("POST /api/applications/{id}/attachments", Spec.of("", ""));
    SPECS.put("POST /api/drafts", Spec.draft("processKey"));
    SPECS.put("PUT /api/drafts/{id}", Spec.draft("version"));
    SPECS.put("POST /api/drafts/{id}/submit", Spec.of("", ""));
    SPECS.put("POST /api/tasks/{id}/claim", Spec.of("", ""));
    SPECS.put("POST /api/tasks/{id}/unclaim", Spec.of("", ""));
    SPECS.put("POST /api/tasks/{id}/complete", Spec.of("decision", "comment"));
    SPECS.put("POST /api/tasks/{id}/transfer", Spec.of("userId", "comment"));
    SPECS.put("POST /api/tasks/{id}/reassign", Spec.of("userId", "comment"));
    SPECS.put("POST /api/tasks/{id}/delegate", Spec.of("userId", "comment"));
    SPECS.put("POST /api/tasks/{id}/resolve", Spec.of("comment", "comment"));
    SPECS.put("POST /api/tasks/{id}/add-signers", Spec.of("userIds,position", "comment"));
    SPECS.put("POST /api/tasks/{id}/remove-signer", Spec.of("userId", ""));
    SPECS.put("POST /api/cc/{id}/read", Spec.of("", ""));
    SPECS.put("POST /api/messages/{id}/read", Spec.of("", ""));
    SPECS.put("POST /api/notifications/{id}/read", Spec.of("", ""));
    SPECS.put("POST /api/messages/read-all", Spec.of("", ""));
    SPECS.put("POST /api/notifications/read-all", Spec.of("", ""));
    SPECS.put("POST /api/attachments", Spec.of("", ""));
    SPECS.put("POST /api/registers/vehicles/import", Spec.of("", ""));
    String vehicle = "plate,unitCode,category,brand,model,energyType,displacement,price";
    SPECS.put("POST /api/registers/vehicles", Spec.of(vehicle, "brand,model"));
    // an update without unitCode keeps the vehicle's unit
    SPECS.put(
        "PUT /api/registers/vehicles/{id}",
        Spec.of(vehicle.replace("unitCode,", ""), "brand,model"));
    String space = "unitCode,building,tenure,usableArea";
    SPECS.put("POST /api/registers/office-space", Spec.of(space, "building,room"));
    SPECS.put("PUT /api/registers/office-space/{id}", Spec.of(space, "building,room"));
    SPECS.put("POST /api/registers/office-space/import", Spec.of("", ""));
    SPECS.put("POST /api/registers/office-space/{id}/handover", Spec.of("ground", "note"));
    SPECS.put("POST /api/plan-execution-reports", Spec.of("year,reportedOn,summary", "summary"));
    SPECS.put(
        "POST /api/registers/assets",
        Spec.of("code,category,name,originalValue,purchaseDate,unitCode", "name,location"));
    // a correction without code or holder keeps the card's
    SPECS.put(
        "PUT /api/registers/assets/{code}",
        Spec.of("category,name,originalValue,purchaseDate", "name,location"));
    SPECS.put("POST /api/registers/assets/import", Spec.of("", ""));
    SPECS.put("POST /api/registers/plans", Spec.of("unitCode,year,ceiling", ""));
    // a correction without unit and year keeps the plan's
    SPECS.put("PUT /api/registers/plans/{id}", Spec.of("ceiling", ""));
    SPECS.put("POST /api/registers/plans/import", Spec.of("", ""));
    SPECS.put("POST /api/admin/governments", Spec.of("code,name,level", "name"));
    // null keeps a field of the government as it is
    SPECS.put("PUT /api/admin/governments/{code}", Spec.of("", "name"));
    SPECS.put("POST /api/admin/staffing/import", Spec.of("", ""));
    SPECS.put("POST /api/admin/units", Spec.of("code,name,govCode,kind", "name"));
    SPECS.put("PUT /api/admin/units/{code}", Spec.of("", ""));
    SPECS.put("POST /api/admin/users", Spec.of("id,name,unitCode,roles,password", "name,password"));
    SPECS.put("PUT /api/admin/users/{id}", Spec.of("", "name"));
    SPECS.put("POST /api/admin/processes/{key}/packaged/adopt", Spec.of("", ""));
    SPECS.put("POST /api/admin/processes/{key}/migrate", Spec.of("fromVersion,toVersion", ""));
    SPECS.put("POST /api/admin/deployments", Spec.of("", ""));
    SPECS.put("POST /api/admin/processes/{key}/versions/{version}/suspend", Spec.of("", ""));
    SPECS.put("POST /api/admin/processes/{key}/versions/{version}/activate", Spec.of("", ""));
    SPECS.put("PUT /api/admin/standards/{key}", Spec.of("value,reason", "reason"));
    SPECS.put("PUT /api/admin/calendar/{year}", Spec.of("holidays,source", "source"));
  }

  /**
   * Per import: what each column of its sheet is ({@link ApiFixtures#importSheet}): {@code S} a
   * value to check (a code, a number, a date, an option: every bad value is refused), {@code C} a
   * code that may look like a number ({@code NaN} is a valid asset code), {@code F} free text (a
   * name: only a control character and an over-long text are refused), {@code -} read by nobody
   * (the unit name of the staffing sheet is for the reader).
   */
  static final Map<String, String> IMPORT_COLUMNS =
      Map.of(
          "POST /api/registers/office-space/import", "SSFFSSSS",
          "POST /api/registers/assets/import", "CSFSSSSSF",
          "POST /api/registers/plans/import", "SSSSSFS",
          "POST /api/admin/staffing/import", "S-SS");

  /** Lists and searches, aimed at through their parameters (besides those of ApiFixtures). */
  static final List<String> SEARCHES =
      List.of(
          "/api/applications?scope=all&status=RUNNING&processKey=office-space-construction&q=BG"
              + "&unit=sx-jyt&from=2026-01-01&to=2026-12-31&page=0&size=20",
          "/api/applications?format=xlsx&q=BG",
          "/api/tasks?page=0&size=50",
          "/api/tasks/done?page=0&size=50",
          "/api/cc?unread=true&page=0&size=50",
          "/api/messages?unread=true&page=0&size=20",
          "/api/registers/vehicles?unit=sx-jyt&page=0&size=50",
          "/api/registers/office-space?unit=sx-jyt&page=0&size=50",
          "/api/registers/office-space?idle=true&government=sx&page=0&size=50",
          "/api/registers/office-space/export.xlsx?idle=true&government=sx",
          "/api/registers/assets?unit=sx-jyt&page=0&size=50",
          "/api/registers/assets?warehouse=sx&page=0&size=50",
          "/api/registers/assets/export.xlsx?warehouse=sx",
          "/api/registers/plans?unit=sx-jyt&page=0&size=50",
          "/api/admin/audit?type=STANDARD&from=2026-01-01&to=2026-12-31&page=0&size=20",
          "/api/admin/processes/office-space-construction/xml?version=1",
          "/api/reports/plan-execution?year=2026&government=sx&unit=sx-jyt&format=xlsx",
          "/api/reports/approval-stats?from=2026-01-01&to=2026-12-31&government=sx",
          "/api/tasks/{task}/candidates?action=transfer");

  static final String MEGABYTE = "长".repeat(1 << 18) + "x".repeat(1 << 19);
  static final String SCRIPT = "<script>alert(1)</script><img src=x onerror=alert(1)>";
  static final String SQL = "x' OR '1'='1'; DROP TABLE application; --";
  static final Pattern CHINESE = Pattern.compile("[\\u4e00-\\u9fff]");
  static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");

  @Autowired WebApplicationContext context;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Autowired UserDirectory users;
  @Autowired DataSource dataSource;
  @LocalServerPort int port;

  MockMvc mvc;
  ApiFixtures fixtures;
  Map<String, String> actors;
  final AtomicInteger tried = new AtomicInteger();

  @BeforeAll
  void setUp() throws Exception {
    mvc =
        MockMvcBuilders.webAppContextSetup(context)
            .apply(SecurityMockMvcConfigurers.springSecurity())
            .build();
    fixtures = ApiFixtures.create(new ApiClient(port));
    actors = new TreeMap<>();
    for (AuthorizationMatrixApiTest.Row row : AuthorizationMatrixApiTest.table()) {
      if (!row.scope().equals("own") && !row.scope().equals("-")) {
        continue;
      }
      String actor = null;
      for (int wanted : new int[] {200, 201, 204, 400, 409}) {
        for (var cell : row.expected().entrySet()) {
          if (actor == null && cell.getValue() == wanted && !cell.getKey().equals("anonymous")) {
            actor = AuthorizationMatrixApiTest.ROLES.get(cell.getKey());
          }
        }
      }
      actors.put(row.endpoint(), actor == null ? "admin" : actor);
    }
  }

  @AfterAll
  void report() {
    System.out.printf("bad-input corpus: %d inputs tried%n", tried.get());
    fixtures.remove(new ApiClient(port));
  }

  @Test
  void everyChangingEndpointHasACorpusEntry() {
    Set<String> missing = new TreeSet<>();
    for (String endpoint : endpoints()) {
      if (!endpoint.startsWith("GET ") && !SPECS.containsKey(endpoint)) {
        if (!endpoint.startsWith("DELETE ")) {
          missing.add(endpoint);
        }
      }
      if (fixtures.call(endpoint, fixtures.own) == null) {
        missing.add(endpoint + " (no request in ApiFixtures)");
      }
    }
    assertThat(missing).as("endpoints without an entry in the corpus").isEmpty();
  }

  @TestFactory
  Stream<DynamicNode> noInputAnswers5xxAndNoRefusedInputWrites() {
    List<DynamicNode> groups = new ArrayList<>();
    for (String endpoint : endpoints()) {
      ApiFixtures.Call call = fixtures.call(endpoint, fixtures.own);
      if (call == null) {
        continue;
      }
      // 预审 answers 200 {valid: false, errors} to a wrong form by design; it writes nothing either
      boolean changes =
          call.method() != HttpMethod.GET && !endpoint.equals("POST /api/applications/precheck");
      boolean takesInput =
          call.method() != HttpMethod.GET
              || endpoint.contains("{")
              || call.path().contains("?")
              || call.body() != null;
      if (!takesInput) {
        continue;
      }
      Spec spec = SPECS.getOrDefault(endpoint, Spec.of("", ""));
      String actor = actors.get(endpoint);
      groups.add(
          DynamicTest.dynamicTest(
              endpoint + " as " + actor,
              () ->
                  runAll(
                      endpoint,
                      actor,
                      changes,
                      call.method() != HttpMethod.GET,
                      inputs(endpoint, call, spec, actor))));
    }
    for (String search : SEARCHES) {
      String path = search.replace("{task}", fixtures.own.taskId());
      ApiFixtures.Call call = new ApiFixtures.Call(HttpMethod.GET, path, null, null);
      String actor =
          search.startsWith("/api/admin")
              ? "admin"
              : search.contains("idle=") ? "sx-reviewer" : "sx-jyt-head";
      String key = "GET " + path;
      groups.add(
          DynamicTest.dynamicTest(
              key + " as " + actor,
              () -> runAll(key, actor, false, false, inputs(key, call, Spec.of("", "q"), actor))));
    }
    return Stream.of(DynamicContainer.dynamicContainer("endpoints", groups));
  }

  /** One input: what it is and the request. */
  record Input(String what, ApiFixtures.Call call, byte[] raw, String contentType) {}

  private void runAll(
      String endpoint, String actor, boolean changes, boolean countWrites, List<Input> inputs)
      throws Exception {
    CurrentUser user = users.load(actor);
    Map<String, Long> before = rowCounts();
    List<String> wrong = new ArrayList<>();
    for (Input input : inputs) {
      tried.incrementAndGet();
      MockHttpServletResponse response;
      try {
        response = mvc.perform(request(input, user)).andReturn().getResponse();
      } catch (Exception e) {
        wrong.add(input.what() + ": the request threw " + e);
        continue;
      }
      String problem = problem(response, changes);
      if (problem != null) {
        wrong.add(input.what() + ": " + problem);
      }
    }
    assertThat(wrong).as(endpoint + " (" + inputs.size() + " inputs)").isEmpty();
    Map<String, Long> after = rowCounts();
    if (countWrites) {
      Map<String, String> written = new TreeMap<>();
      after.forEach(
          (table, n) -> {
            if (!n.equals(before.get(table))) {
              written.put(table, before.get(table) + " → " + n);
            }
          });
      assertThat(written).as(endpoint + ": rows written by refused inputs").isEmpty();
    }
  }

  /** What is wrong with an answer, or null. */
  private static String problem(MockHttpServletResponse response, boolean changes)
      throws Exception {
    int status = response.getStatus();
    if (status >= 500) {
      return "answered " + status + " " + response.getContentAsString(StandardCharsets.UTF_8);
    }
    if (status < 400) {
      return changes ? "accepted (" + status + ")" : null;
    }
    String text = response.getContentAsString(StandardCharsets.UTF_8);
    JsonNode body;
    try {
      body = ApiFixtures.JSON.readTree(text);
    } catch (Exception e) {
      return status + " not in our JSON shape: " + abbreviate(text);
    }
    if (body == null
        || !body.path("error").isTextual()
        || !body.path("message").isTextual()
        || !CHINESE.matcher(body.path("message").asText()).find()) {
      return status + " not in our JSON shape with a Chinese message: " + abbreviate(text);
    }
    return null;
  }

  private static String abbreviate(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  private MockHttpServletRequestBuilder request(Input input, CurrentUser user) {
    MockHttpServletRequestBuilder builder = input.call().build(user);
    if (input.raw() != null) {
      builder.content(input.raw());
      builder.contentType(input.contentType());
    }
    return builder;
  }

  // ---- generating the inputs ------------------------------------------------------------------

  private List<Input> inputs(String endpoint, ApiFixtures.Call call, Spec spec, String actor) {
    List<Input> inputs = new ArrayList<>();
    pathInputs(endpoint, call, inputs, !actor.equals("admin"));
    queryInputs(call, inputs);
    if (call.file() != null) {
      fileInputs(call, inputs);
    }
    if (IMPORT_COLUMNS.containsKey(endpoint)) {
      workbookInputs(endpoint, call, inputs);
    }
    if (call.body() != null) {
      bodyInputs(call, spec, inputs);
      fieldInputs(call, spec, "", call.body(), inputs);
    }
    return inputs;
  }

  /** Values no id, code, key or number in a path or parameter may take. */
  private static List<String> badValues() {
    return List.of(
        "does-not-exist", "-1", "0", "1e999999999", SQL, SCRIPT, "办公\u0007用房", "x".repeat(10_000));
  }

  private void pathInputs(
      String endpoint, ApiFixtures.Call call, List<Input> inputs, boolean bound) {
    if (!endpoint.contains("{")) {
      return;
    }
    String path = call.path().contains("?") ? call.path().split("\\?")[0] : call.path();
    String query = call.path().contains("?") ? "?" + call.path().split("\\?", 2)[1] : "";
    String[] template = endpoint.split(" ", 2)[1].split("/");
    String[] actual = path.split("/");
    for (int i = 0; i < template.length; i++) {
      if (!VARIABLE.matcher(template[i]).matches()) {
        continue;
      }
      for (String bad : badValues()) {
        String[] copy = actual.clone();
        copy[i] = encode(bad);
        inputs.add(
            new Input(
                "path " + template[i] + " = " + abbreviate(bad),
                call.withPath(String.join("/", copy) + query),
                null,
                null));
      }
    }
    // the same request aimed at another government's objects (an admin may aim at any)
    ApiFixtures.Call other = fixtures.call(endpoint, fixtures.gov);
    if (bound && other != null && !other.path().equals(call.path())) {
      inputs.add(new Input("another government's object", other, null, null));
    }
  }

  private void queryInputs(ApiFixtures.Call call, List<Input> inputs) {
    if (!call.path().contains("?")) {
      return;
    }
    String[] parts = call.path().split("\\?", 2);
    String[] params = parts[1].split("&");
    for (int i = 0; i < params.length; i++) {
      String name = params[i].split("=")[0];
      List<String> values = new ArrayList<>(badValues());
      values.add("");
      for (String bad : values) {
        String[] copy = params.clone();
        copy[i] = name + "=" + encode(bad);
        inputs.add(
            new Input(
                "parameter " + name + " = " + abbreviate(bad),
                call.withPath(parts[0] + "?" + String.join("&", copy)),
                null,
                null));
      }
    }
  }

  private static void fileInputs(ApiFixtures.Call call, List<Input> inputs) {
    inputs.add(new Input("an empty file", withFile(call, "空.pdf", new byte[0]), null, null));
    inputs.add(
        new Input(
            "a file that is not what its name says",
            withFile(call, "伪装.pdf", "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.UTF_8)),
            null,
            null));
    inputs.add(
        new Input(
            "an executable under a script name",
            withFile(call, SCRIPT + ".exe", "MZ\u0090\u0000".getBytes(StandardCharsets.UTF_8)),
            null,
            null));
    inputs.add(
        new Input(
            "no file part, JSON instead",
            new ApiFixtures.Call(call.method(), call.path(), null, null),
            "{\"file\":\"x\"}".getBytes(StandardCharsets.UTF_8),
            MediaType.APPLICATION_JSON_VALUE));
  }

  /**
   * Malformed workbooks for an import: cut short, a zip without a workbook, a header without rows,
   * and the valid sheet with each cell in turn given a value its column must refuse.
   */
  private void workbookInputs(String endpoint, ApiFixtures.Call call, List<Input> inputs) {
    String[][] sheet = ApiFixtures.importSheet(endpoint, fixtures.own);
    byte[] valid = ApiFixtures.xlsx(sheet);
    inputs.add(
        new Input(
            "a workbook cut short",
            withFile(call, "导入.xlsx", java.util.Arrays.copyOf(valid, valid.length / 2)),
            null,
            null));
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (var out = new java.util.zip.ZipOutputStream(zip)) {
      out.putNextEntry(new java.util.zip.ZipEntry("xl/说明.txt"));
      out.write(bytes(SCRIPT));
      out.closeEntry();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    inputs.add(
        new Input(
            "a zip without a workbook", withFile(call, "导入.xlsx", zip.toByteArray()), null, null));
    inputs.add(
        new Input(
            "a header without rows",
            withFile(call, "导入.xlsx", ApiFixtures.xlsx(new String[][] {sheet[0]})),
            null,
            null));
    String kinds = IMPORT_COLUMNS.get(endpoint);
    assertThat(kinds).as(endpoint + ": a kind per column").hasSize(sheet[1].length);
    // a cell holds a control character as Excel writes it (POI writes a raw one as "?")
    String control = "办公_x0007_用房_x001B_[0m";
    String longest = "长".repeat(32_767);
    for (int c = 0; c < sheet[1].length; c++) {
      char kind = kinds.charAt(c);
      List<String> bad = new ArrayList<>();
      if (kind == '-') {
        continue;
      }
      bad.add(control);
      bad.add(longest);
      if (kind != 'F') {
        bad.add(SCRIPT);
        bad.add(SQL);
      }
      if (kind == 'S') {
        bad.addAll(List.of("1e999999999", "-1", "NaN"));
      }
      for (String value : bad) {
        String[][] broken = {sheet[0], sheet[1].clone()};
        broken[1][c] = value;
        inputs.add(
            new Input(
                "cell " + sheet[0][c] + " = " + abbreviate(value),
                withFile(call, "导入.xlsx", ApiFixtures.xlsx(broken)),
                null,
                null));
      }
    }
  }

  private static ApiFixtures.Call withFile(ApiFixtures.Call call, String name, byte[] content) {
    return new ApiFixtures.Call(
        call.method(),
        call.path(),
        null,
        new MockMultipartFile("file", name, "application/octet-stream", content));
  }

  private static void bodyInputs(ApiFixtures.Call call, Spec spec, List<Input> inputs) {
    ApiFixtures.Call bare = call.withBody(null);
    String json = MediaType.APPLICATION_JSON_VALUE;
    if (!spec.required().isEmpty()) {
      inputs.add(new Input("an empty body", bare, new byte[0], json));
      inputs.add(new Input("the body null", bare, bytes("null"), json));
    }
    for (String text :
        List.of("[]", "\"文本\"", "123", "true", "{", "{\"a\":}", "{\"a\" 1}", "[1,2,", "\u0000")) {
      inputs.add(new Input("the body " + text, bare, bytes(text), json));
    }
    inputs.add(new Input("1 MB of text as the body", bare, bytes(MEGABYTE), json));
    inputs.add(
        new Input(
            "arrays nested 100,000 deep",
            bare,
            bytes("[".repeat(100_000) + "]".repeat(100_000)),
            json));
    StringBuilder objects = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      objects.append("{\"a\":");
    }
    objects.append("1").append("}".repeat(20_000));
    inputs.add(new Input("objects nested 20,000 deep", bare, bytes(objects.toString()), json));
    String body = call.body().toString();
    inputs.add(new Input("the JSON as text/plain", bare, bytes(body), MediaType.TEXT_PLAIN_VALUE));
    inputs.add(new Input("XML", bare, bytes("<a><b>1</b></a>"), MediaType.APPLICATION_XML_VALUE));
    inputs.add(
        new Input(
            "a form post", bare, bytes("a=1&b=2"), MediaType.APPLICATION_FORM_URLENCODED_VALUE));
    // invalid UTF-8 in the first text of the body
    Matcher text = Pattern.compile(":\"([^\"]*)\"").matcher(body);
    if (text.find()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes(bytes(body.substring(0, text.start(1))));
      out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE});
      out.writeBytes(bytes(body.substring(text.end(1))));
      inputs.add(new Input("invalid UTF-8 in a text", bare, out.toByteArray(), json));
    }
    // numbers JSON does not have
    Matcher number = Pattern.compile(":(-?[0-9][0-9.]*)([,}])").matcher(body);
    if (number.find() && !(spec.formAsTyped() && body.indexOf("\"form\"") < number.start())) {
      for (String token : List.of("NaN", "Infinity", "-Infinity", "0x1F", "1e999999999")) {
        inputs.add(
            new Input(
                "the number " + token,
                bare,
                bytes(body.substring(0, number.start(1)) + token + body.substring(number.end(1))),
                json));
      }
    }
  }

  /** Each field of the body (and of its form) broken in turn. */
  private static void fieldInputs(
      ApiFixtures.Call call, Spec spec, String prefix, JsonNode object, List<Input> inputs) {
    for (var field : object.properties()) {
      String path = prefix + field.getKey();
      JsonNode value = field.getValue();
      if (value.isObject()) {
        if (!spec.formAsTyped()) {
          fieldInputs(call, spec, path + ".", value, inputs);
        }
        continue;
      }
      JsonNodeFactory f = JsonNodeFactory.instance;
      List<Map.Entry<String, JsonNode>> bad = new ArrayList<>();
      if (spec.required().contains(path)) {
        bad.add(Map.entry("null", f.nullNode()));
        bad.add(new java.util.AbstractMap.SimpleEntry<>("missing", null));
        bad.add(Map.entry("renamed (unknown field)", f.missingNode()));
      }
      bad.add(Map.entry("an object", f.objectNode().put("a", 1)));
      if (!value.isArray()) {
        bad.add(Map.entry("a list", f.arrayNode().add(1).add("二")));
      }
      if (value.isTextual()) {
        bad.add(Map.entry("1 MB long", f.textNode(MEGABYTE)));
        bad.add(Map.entry("a control character", f.textNode("办公\u0000用房\u001b[0m")));
        if (!spec.freeText().contains(path)) {
          bad.add(Map.entry("a script fragment", f.textNode(SCRIPT)));
          bad.add(Map.entry("an SQL fragment", f.textNode(SQL)));
        }
        if (value.asText().matches("-?[0-9.]+")) {
          // a number given as text (a price, a displacement)
          bad.add(Map.entry("1e999999999 as text", f.textNode("1e999999999")));
          bad.add(Map.entry("NaN as text", f.textNode("NaN")));
          bad.add(Map.entry("-1 as text", f.textNode("-1")));
        }
      }
      if (value.isNumber()) {
        bad.add(Map.entry("text", f.textNode("很多")));
        bad.add(Map.entry("-1", f.numberNode(-1)));
        bad.add(Map.entry("1e309", f.numberNode(new BigDecimal("1e309"))));
        bad.add(Map.entry("1e999999999", f.numberNode(new BigDecimal("1e999999999"))));
        bad.add(Map.entry("1e999999999 as text", f.textNode("1e999999999")));
        bad.add(Map.entry("NaN as text", f.textNode("NaN")));
        bad.add(Map.entry("a boolean", f.booleanNode(true)));
      }
      if (value.isBoolean()) {
        bad.add(Map.entry("text", f.textNode("也许")));
        bad.add(Map.entry("a number", f.numberNode(2)));
      }
      if (value.isArray()) {
        ArrayNode many = f.arrayNode();
        for (int i = 0; i < 10_000; i++) {
          many.add("项" + i);
        }
        bad.add(Map.entry("10,000 items", many));
        bad.add(Map.entry("text instead of a list", f.textNode(SQL)));
        bad.add(Map.entry("a list of null", f.arrayNode().addNull()));
        bad.add(Map.entry("a list of lists", f.arrayNode().add(f.arrayNode().add(1))));
      }
      for (var b : bad) {
        ObjectNode body = call.body().deepCopy();
        ObjectNode target = body;
        String[] names = path.split("\\.");
        for (int i = 0; i < names.length - 1; i++) {
          target = (ObjectNode) target.get(names[i]);
        }
        String name = names[names.length - 1];
        if (b.getValue() == null) {
          target.remove(name);
        } else if (b.getValue().isMissingNode()) {
          target.set(name + "X", target.remove(name));
        } else {
          target.set(name, b.getValue());
        }
        inputs.add(new Input(path + " " + b.getKey(), call.withBody(body), null, null));
      }
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  // ---- what is written ------------------------------------------------------------------------

  /** Rows of each of our tables and of ACT_RU_EXECUTION (sessions and the schema history aside). */
  private Map<String, Long> rowCounts() throws Exception {
    Map<String, Long> counts = new TreeMap<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      List<String> tables = new ArrayList<>();
      try (ResultSet rs =
          meta.getTables(
              connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          String table = rs.getString("TABLE_NAME");
          String upper = table.toUpperCase();
          if (upper.startsWith("SPRING_SESSION")
              || upper.equals("AFFAIRS_SCHEMA_HISTORY")
              || (upper.startsWith("ACT_") && !upper.equals("ACT_RU_EXECUTION"))) {
            continue;
          }
          tables.add(table);
        }
      }
      try (Statement statement = connection.createStatement()) {
        for (String table : tables) {
          try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            counts.put(table, rs.getLong(1));
          }
        }
      }
    }
    assertThat(counts.keySet()).as("our tables").anyMatch(t -> t.equalsIgnoreCase("application"));
    return counts;
  }

  private Set<String> endpoints() {
    Set<String> keys = new TreeSet<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> m : mappings.getHandlerMethods().entrySet()) {
      if (!m.getValue().getBeanType().getName().startsWith("cn.affairs.approval.")) {
        continue;
      }
      for (var method : m.getKey().getMethodsCondition().getMethods()) {
        for (String pattern : m.getKey().getPatternValues()) {
          keys.add(method.name() + " " + pattern);
        }
      }
    }
    return keys;
  }
}
