package cn.affairs.approval.document;

import static cn.affairs.approval.testing.ConstructionForms.expansion;
import static cn.affairs.approval.testing.ConstructionForms.request;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import cn.affairs.approval.testing.Multipart;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The 审批单 as PDF: rendered on the server, read back with PDFBox. */
@AffairsTest
class ApprovalFormApiTest {

  @LocalServerPort int port;
  @Autowired ApprovalFormPdf pdf;

  @Test
  void theApprovalFormNamesTheCaseItsApproversStepsChecksAndAttachments() throws Exception {
    ApiClient api = new ApiClient(port);
    String id =
        api.as("sx-jyt-staff").post("/api/applications", request(expansion(10))).get("id").asText();
    String head =
        api.as("sx-jyt-staff")
            .get("/api/applications/" + id)
            .get("currentSteps")
            .get(0)
            .get("taskId")
            .asText();
    assertThat(
            Multipart.upload(
                    api.as("sx-jyt-head"),
                    "/api/applications/" + id + "/attachments",
                    "单位审核意见.pdf",
                    Multipart.pdf("opinion"),
                    Map.of())
                .status())
        .isEqualTo(201);
    assertThat(
            api.as("sx-jyt-head")
                .post(
                    "/api/tasks/" + head + "/complete",
                    Map.of("decision", "APPROVE", "comment", "同意上报，请局里审核"))
                .status())
        .isEqualTo(200);
    String review =
        api.as("sx-jyt-staff")
            .get("/api/applications/" + id)
            .get("currentSteps")
            .get(0)
            .get("taskId")
            .asText();
    Response reviewed =
        api.as("sx-reviewer")
            .post(
                "/api/tasks/" + review + "/complete",
                Map.of(
                    "decision",
                    "APPROVE",
                    "form",
                    Map.of(
                        "opinionNecessity",
                        "确有必要",
                        "opinionStandard",
                        "符合标准",
                        "opinionLocation",
                        "选址合理",
                        "opinionFunding",
                        "资金已落实")));
    assertThat(reviewed.status()).as(reviewed.text()).isEqualTo(200);
    JsonNode timeline = reviewed.get("timeline");

    HttpResponse<byte[]> response =
        Multipart.download(
            api.as("sx-jyt-staff"), "/api/applications/" + id + "/approval-form.pdf");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/pdf");
    java.nio.file.Files.write(
        java.nio.file.Path.of("target", "approval-form-sample.pdf"), response.body());
    try (PDDocument document = Loader.loadPDF(response.body())) {
      assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
      PDFont font =
          document
              .getPage(0)
              .getResources()
              .getFont(document.getPage(0).getResources().getFontNames().iterator().next());
      assertThat(font.getName()).contains("NotoSansSC");
      assertThat(font.isEmbedded()).isTrue();
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("机关事务审批单", id, "山西省教育厅", "办公用房新建、扩建、改建、购置");
      assertThat(text).contains("单位负责人审核", "机关事务管理部门审核", "提交申请");
      for (JsonNode entry : timeline) {
        assertThat(text).contains(entry.get("user").asText());
      }
      assertThat(text).contains("同意上报，请局里审核", "确有必要", "资金已落实");
      assertThat(text).contains("办公室用房面积", "符合"); // a check with its verdict
      assertThat(text).contains("单位审核意见.pdf");
      assertThat(text).contains("扩建", "太原市迎泽区"); // the request, with option labels
    }
  }

  @Test
  void textTheFontLacksDoesNotBreakTheForm() throws Exception {
    ApiClient api = new ApiClient(port);
    Map<String, Object> form = expansion(5);
    form.put("projectName", "办公楼扩建工程 \uD83C\uDFE2 第二期");
    Response created = api.as("sx-jyt-staff").post("/api/applications", request(form));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    HttpResponse<byte[]> response =
        Multipart.download(
            api.as("sx-jyt-staff"),
            "/api/applications/" + created.get("id").asText() + "/approval-form.pdf");
    assertThat(response.statusCode()).isEqualTo(200);
    try (PDDocument document = Loader.loadPDF(response.body())) {
      assertThat(new PDFTextStripper().getText(document)).contains("第二期");
    }
  }
}
