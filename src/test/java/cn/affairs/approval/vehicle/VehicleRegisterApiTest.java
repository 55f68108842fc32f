package cn.affairs.approval.vehicle;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.audit.AuditEntry;
import cn.affairs.approval.audit.AuditLog;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import cn.affairs.approval.testing.Cases;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 公务用车登记簿 through HTTP: the bureau of the unit's government keeps it, audited; units read their own
 * rows.
 */
@AffairsTest
class VehicleRegisterApiTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired AuditLog audit;
  @Autowired Cases cases;
  ApiClient api;

  @BeforeEach
  void setUp() {
    api = new ApiClient(port);
  }

  /** The demo registers as they were: other tests count the vehicles of sx-jyt. */
  @AfterEach
  void restoreRegisters() {
    cases.resetRegisters();
  }

  static String freshPlate() {
    return "晋A·R" + (1000 + ThreadLocalRandom.current().nextInt(9000));
  }

  static Map<String, Object> car(String plate, String unit) {
    Map<String, Object> car =
        new HashMap<>(
            Map.of(
                "plate",
                plate,
                "unitCode",
                unit,
                "category",
                "OTHER",
                "brand",
                "红旗",
                "model",
                "H5",
                "energyType",
                "ICE",
                "displacement",
                "1.5",
                "price",
                "16.8",
                "purchaseDate",
                "2021-05-10",
                "mileageKm",
                "52000"));
    return car;
  }

  Response put(ApiClient client, String path, Object body) throws Exception {
    return client.send(
        client
            .request(path)
            .header("Content-Type", "application/json")
            .PUT(
                HttpRequest.BodyPublishers.ofString(
                    JSON.writeValueAsString(body), StandardCharsets.UTF_8)));
  }

  Response delete(ApiClient client, String path) {
    return client.send(client.request(path).DELETE());
  }

  List<AuditEntry> auditOf(String subject) {
    return audit.find("REGISTER_VEHICLE", null, null, null, 0, 200).items().stream()
        .filter(e -> e.subject().equals(subject))
        .toList();
  }

  boolean listed(ApiClient client, String unit, String plate) {
    Response list = client.get("/api/registers/vehicles?unit=" + unit + "&size=200");
    assertThat(list.status()).as(list.text()).isEqualTo(200);
    for (JsonNode row : list.get("items")) {
      if (row.get("plate").asText().equals(plate)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void theBureauAddsCorrectsAndDeletesAVehicleAndEveryChangeIsAudited() throws Exception {
    String plate = freshPlate();
    Response added =
        api.as("sx-vehicle")
            .post("/api/registers/vehicles", car(plate.replace("·", " "), "sx-jyt"));
    assertThat(added.status()).as(added.text()).isEqualTo(201);
    assertThat(added.get("plate").asText()).isEqualTo(plate);
    assertThat(added.get("statusLabel").asText()).isEqualTo("在用");
    long id = added.get("id").asLong();
    assertThat(listed(api.as("sx-jyt-staff"), "sx-jyt", plate)).isTrue();
    assertThat(api.as("sx-jyt-staff").get("/api/registers/vehicles").text()).contains(plate);

    Map<String, Object> corrected = car(plate, "sx-jyt");
    corrected.put("mileageKm", "61000");
    corrected.put("status", "TO_DISPOSE");
    Response changed = put(api.as("sx-vehicle"), "/api/registers/vehicles/" + id, corrected);
    assertThat(changed.status()).as(changed.text()).isEqualTo(200);
    assertThat(changed.get("mileageKm").asInt()).isEqualTo(61000);
    assertThat(changed.get("statusLabel").asText()).isEqualTo("待处置");

    assertThat(delete(api.as("sx-vehicle"), "/api/registers/vehicles/" + id).status())
        .isEqualTo(204);
    assertThat(listed(api.as("sx-vehicle"), "sx-jyt", plate)).isFalse();

    List<AuditEntry> entries = auditOf("vehicle:" + plate);
    assertThat(entries)
        .extracting(AuditEntry::summary)
        .containsExactly("删除车辆 " + plate, "修改车辆 " + plate, "登记车辆 " + plate + "（sx-jyt）");
    assertThat(entries)
        .allSatisfy(
            e -> {
              assertThat(e.actor()).isEqualTo("sx-vehicle");
              assertThat(e.govCode()).isEqualTo("sx");
            });
    assertThat(JSON.readTree(entries.get(1).beforeJson()).get("mileageKm").asInt())
        .isEqualTo(52000);
    assertThat(JSON.readTree(entries.get(1).afterJson()).get("mileageKm").asInt()).isEqualTo(61000);
    assertThat(entries.get(0).afterJson()).isNull();
  }

  @Test
  void unitsAndOtherGovernmentsMayNotChangeTheRegisterNorReadOtherUnits() throws Exception {
    String plate = freshPlate();
    for (String user : List.of("sx-jyt-staff", "sx-jyt-head", "sx-finance", "sl-vehicle")) {
      assertThat(api.as(user).post("/api/registers/vehicles", car(plate, "sx-jyt")).status())
          .as(user)
          .isEqualTo(403);
    }
    Response added = api.as("sx-vehicle").post("/api/registers/vehicles", car(plate, "sx-jyt"));
    assertThat(added.status()).as(added.text()).isEqualTo(201);
    long id = added.get("id").asLong();
    assertThat(
            put(api.as("sx-jyt-staff"), "/api/registers/vehicles/" + id, car(plate, "sx-jyt"))
                .status())
        .isEqualTo(403);
    assertThat(
            put(api.as("sl-vehicle"), "/api/registers/vehicles/" + id, car(plate, "sx-jyt"))
                .status())
        .isEqualTo(403);
    assertThat(delete(api.as("sl-reviewer"), "/api/registers/vehicles/" + id).status())
        .isEqualTo(403);
    assertThat(delete(api.as("sx-jyt-head"), "/api/registers/vehicles/" + id).status())
        .isEqualTo(403);
    // reading: a unit its own rows only; the other government's bureau not at all
    assertThat(api.as("sx-jtt-staff").get("/api/registers/vehicles?unit=sx-jyt").status())
        .isEqualTo(403);
    assertThat(api.as("sl-vehicle").get("/api/registers/vehicles?unit=sx-jyt").status())
        .isEqualTo(403);
    assertThat(listed(api.as("sx-reviewer"), "sx-jyt", plate)).isTrue();
    assertThat(auditOf("vehicle:" + plate)).hasSize(1);
    assertThat(delete(api.as("sx-vehicle"), "/api/registers/vehicles/" + id).status())
        .isEqualTo(204);
  }

  @Test
  void badRowsAreRefusedWithEveryWrongFieldAndADuplicatePlateIs409() {
    Map<String, Object> bad =
        new HashMap<>(
            Map.of(
                "plate",
                "ABC",
                "unitCode",
                "sx-jyt",
                "category",
                "SPORTS",
                "brand",
                "",
                "model",
                "X",
                "energyType",
                "BEV",
                "displacement",
                "2.0",
                "price",
                "-1",
                "purchaseDate",
                "2099-01-01",
                "mileageKm",
                "很多"));
    Response refused = api.as("sx-vehicle").post("/api/registers/vehicles", bad);
    assertThat(refused.status()).isEqualTo(400);
    JsonNode fields = refused.get("fields");
    assertThat(fields.get("plate").asText()).contains("号牌格式不正确");
    assertThat(fields.get("category").asText()).contains("车辆类别");
    assertThat(fields.get("brand").asText()).isEqualTo("请填写品牌");
    assertThat(fields.get("displacement").asText()).contains("没有排气量");
    assertThat(fields.get("price").asText()).contains("价格应在");
    assertThat(fields.get("purchaseDate").asText()).contains("不能晚于今天");
    assertThat(fields.get("mileageKm").asText()).contains("整数");

    Response nonAgency =
        api.as("sx-vehicle").post("/api/registers/vehicles", car(freshPlate(), "sx-czt"));
    assertThat(nonAgency.status()).isEqualTo(400);
    assertThat(nonAgency.get("fields").get("unitCode").asText()).contains("不是申请单位");

    Response duplicate =
        api.as("sx-vehicle").post("/api/registers/vehicles", car("晋A·J0001", "sx-jyt"));
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.get("message").asText()).contains("已在登记簿中");
  }
}
