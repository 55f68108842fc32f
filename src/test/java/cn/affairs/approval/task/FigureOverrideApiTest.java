package cn.affairs.approval.task;

import static cn.affairs.approval.testing.ConstructionForms.expansion;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.check.CheckOverrides;
import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import cn.affairs.approval.testing.Cases;
import cn.affairs.approval.testing.Multipart;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A figure exceeded may be approved over only by the body its article names (issue 15): 办法 第十八条
 * sends a construction to 本级政府, so 本级政府's approval over the office-room area is the override,
 * recorded with who and on what authority; the steps before it only pass the case on with a reason.
 * (A figure whose article names no such body is refused even to the unit head:
 * vehicle.VehicleProhibitionsApiTest, 办法 第二十三条.)
 */
@AffairsTest
class FigureOverrideApiTest {

  @LocalServerPort int port;
  @Autowired Cases cases;
  @Autowired CheckOverrides overrides;
  ApiClient api;

  @BeforeEach
  void setUp() {
    api = new ApiClient(port);
    cases.resetRegisters();
  }

  String start(String processKey, Map<String, Object> form) {
    Response created =
        api.as("sx-jyt-staff")
            .post(
                "/api/applications",
                Multipart.submission(api.as("sx-jyt-staff"), processKey, form));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.get("id").asText();
  }

  Response complete(
      String user, String id, String taskKey, String comment, Map<String, Object> form) {
    JsonNode steps = api.as(user).get("/api/applications/" + id).get("currentSteps");
    assertThat(steps).hasSize(1);
    assertThat(steps.get(0).path("taskKey").asText()).isEqualTo(taskKey);
    Map<String, Object> body = new HashMap<>();
    body.put("decision", "APPROVE");
    body.put("comment", comment);
    body.put("form", form);
    return api.as(user)
        .post("/api/tasks/" + steps.get(0).path("taskId").asText() + "/complete", body);
  }

  @Test
  void
      banfa18_anOfficeRoomAreaOverTheStandardIsApprovedByTheLocalGovernmentAndRecordedWithItsAuthority() {
    String id = start("office-space-construction", expansion(40)); // 890 ㎡ against 882 ㎡: FAIL
    // the unit head and the bureau may only pass it on to 本级政府, with a reason
    assertThat(
            complete("sx-jyt-head", id, "Task_UnitHeadReview", null, null)
                .get("fields")
                .has("comment"))
        .isTrue();
    assertThat(complete("sx-jyt-head", id, "Task_UnitHeadReview", "超标部分将移交调剂", null).status())
        .isEqualTo(200);
    assertThat(
            complete("sx-reviewer", id, "Task_BureauReview", "报本级政府决定", TaskApiTest.OPINIONS)
                .status())
        .isEqualTo(200);
    assertThat(overrides.of(id)).isEmpty();
    // 本级政府 decides: with a reason, recorded as the override of the office-room area
    Response bare = complete("sx-gov", id, "Task_GovernmentApproval", null, null);
    assertThat(bare.status()).isEqualTo(400);
    assertThat(bare.get("fields").path("comment").asText()).contains("不符合标准");
    Response approved = complete("sx-gov", id, "Task_GovernmentApproval", "同意超标 8㎡，由单位内部调剂", null);
    assertThat(approved.status()).as(approved.text()).isEqualTo(200);
    assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
    assertThat(overrides.of(id))
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.ruleName()).isEqualTo("officeRoomArea");
              assertThat(o.step()).isEqualTo("Task_GovernmentApproval");
              assertThat(o.userId()).isEqualTo("sx-gov");
              assertThat(o.authorityRole()).isEqualTo("GOVERNMENT");
              assertThat(o.authority()).isEqualTo("本级政府（依 办法 第十八条第二款、办法 第十九条第一款）");
              assertThat(o.commentText()).isEqualTo("同意超标 8㎡，由单位内部调剂");
            });
    JsonNode timeline = approved.get("timeline");
    assertThat(timeline.get(timeline.size() - 1).get("override").asBoolean()).isTrue();
  }
}
