package cn.affairs.approval.document;

import static cn.affairs.approval.testing.ConstructionForms.expansion;
import static cn.affairs.approval.testing.ConstructionForms.request;
import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import cn.affairs.approval.testing.Multipart;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Attachments through HTTP: upload, refusal by type and size, who sees them, delete rules, required
 * documents.
 */
@AffairsTest
class DocumentApiTest {

  static final Map<String, Object> OPINIONS =
      Map.of(
          "opinionNecessity",
          "确有必要",
          "opinionStandard",
          "符合标准",
          "opinionLocation",
          "选址合理",
          "opinionFunding",
          "资金已落实");

  @LocalServerPort int port;
  @Autowired AttachmentMapper attachments;
  @Autowired FileStore store;
  ApiClient api;

  @BeforeEach
  void setUp() {
    api = new ApiClient(port);
  }

  String start(Map<String, Object> body, String user) {
    Response created = api.as(user).post("/api/applications", body);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.get("id").asText();
  }

  String openTask(String id) {
    JsonNode steps = api.as("sx-jyt-staff").get("/api/applications/" + id).get("currentSteps");
    assertThat(steps).as("open steps of " + id).hasSize(1);
    return steps.get(0).get("taskId").asText();
  }

  Response upload(
      String user, String id, String fileName, byte[] bytes, Map<String, String> fields) {
    return Multipart.upload(
        api.as(user), "/api/applications/" + id + "/attachments", fileName, bytes, fields);
  }

  long storedFiles() throws IOException {
    if (!Files.exists(store.root())) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(store.root())) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  @Test
  void anApproverAttachesAFileToTheStepAndTheApplicantDownloadsIt() throws Exception {
    String id = start(request(expansion(10)), "sx-jyt-staff");
    String task = openTask(id);
    byte[] pdf = Multipart.pdf("unit head opinion");
    Response created = upload("sx-jyt-head", id, "单位意见.pdf", pdf, Map.of("taskId", task));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(created.get("name").asText()).isEqualTo("单位意见.pdf");
    assertThat(created.get("size").asLong()).isEqualTo(pdf.length);
    assertThat(created.get("contentType").asText()).isEqualTo("application/pdf");
    assertThat(created.get("sha256").asText())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
    assertThat(created.get("uploadedBy").asText()).isEqualTo("sx-jyt-head");
    assertThat(created.get("taskId").asText()).isEqualTo(task);
    assertThat(created.get("stepName").asText()).isEqualTo("单位负责人审核");

    Response list = api.as("sx-jyt-staff").get("/api/applications/" + id + "/attachments");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).hasSize(1);
    assertThat(list.body().get(0).get("deletable").asBoolean()).isFalse(); // not the uploader
    String attachment = created.get("id").asText();
    HttpResponse<byte[]> download =
        Multipart.download(api.as("sx-jyt-staff"), "/api/attachments/" + attachment);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(pdf);
    assertThat(download.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/pdf");
    assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("attachment")
        .contains("filename*=UTF-8''%E5%8D%95%E4%BD%8D%E6%84%8F%E8%A7%81.pdf");

    Response docx = upload("sx-jyt-head", id, "维修方案.DOCX", Multipart.docx(), Map.of());
    assertThat(docx.status()).as(docx.text()).isEqualTo(201);
    assertThat(docx.get("contentType").asText()).contains("wordprocessingml");
    assertThat(docx.get("taskId").asText()).as("the uploader's only open step").isEqualTo(task);
  }

  @Test
  void aRefusedFileGetsAChineseReasonAndLeavesNothingBehind() throws IOException {
    String id = start(request(expansion(10)), "sx-jyt-staff");
    long rows = attachments.countAll();
    long files = storedFiles();

    Response exe = upload("sx-jyt-head", id, "setup.exe", new byte[] {'M', 'Z', 1, 2}, Map.of());
    assertThat(exe.status()).isEqualTo(400);
    assertThat(exe.get("fields").get("file").asText())
        .contains("不支持的文件类型")
        .contains(".exe")
        .contains("PDF");

    Response renamed = upload("sx-jyt-head", id, "报告.pdf", Multipart.png(), Map.of());
    assertThat(renamed.status()).isEqualTo(400);
    assertThat(renamed.get("fields").get("file").asText()).isEqualTo("文件内容是 PNG 格式，与扩展名 .pdf 不符");

    Response fake =
        upload(
            "sx-jyt-head",
            id,
            "报告.docx",
            "not a zip at all".getBytes(StandardCharsets.UTF_8),
            Map.of());
    assertThat(fake.status()).isEqualTo(400);
    assertThat(fake.get("fields").get("file").asText()).contains("文件内容不是可接受的格式");

    Response empty = upload("sx-jyt-head", id, "空.pdf", new byte[0], Map.of());
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.get("fields").get("file").asText()).contains("不能为空");

    byte[] big = new byte[20 * 1024 * 1024 + 1];
    System.arraycopy(Multipart.pdf("big"), 0, big, 0, 100);
    Response tooLarge = upload("sx-jyt-head", id, "大文件.pdf", big, Map.of());
    assertThat(tooLarge.status()).isEqualTo(413);
    assertThat(tooLarge.get("message").asText()).contains("20 MB");
    assertThat(tooLarge.get("fields").has("file")).isTrue();

    Response unknownType =
        upload("sx-jyt-head", id, "a.pdf", Multipart.pdf("x"), Map.of("documentType", "NO_SUCH"));
    assertThat(unknownType.status()).isEqualTo(400);
    assertThat(unknownType.get("fields").has("documentType")).isTrue();

    assertThat(attachments.countAll()).isEqualTo(rows);
    assertThat(storedFiles()).as("no file left in the store").isEqualTo(files);
  }

  @Test
  void whoMaySeeTheCaseMaySeeItsFilesAndNobodyElse() {
    String id = start(request(expansion(10)), "sx-jyt-staff");
    String attachment =
        upload("sx-jyt-head", id, "意见.pdf", Multipart.pdf("x"), Map.of()).get("id").asText();
    for (String allowed :
        List.of("sx-jyt-staff", "sx-jyt-head", "sx-reviewer", "sx-finance", "admin")) {
      assertThat(api.as(allowed).get("/api/applications/" + id + "/attachments").status())
          .as(allowed)
          .isEqualTo(200);
      assertThat(api.as(allowed).get("/api/attachments/" + attachment).status())
          .as(allowed)
          .isEqualTo(200);
    }
    for (String other : List.of("sx-jtt-staff", "sx-jtt-head", "sl-reviewer", "xl-jyj-staff")) {
      assertThat(api.as(other).get("/api/applications/" + id + "/attachments").status())
          .as(other)
          .isEqualTo(403);
      assertThat(api.as(other).get("/api/attachments/" + attachment).status())
          .as(other)
          .isEqualTo(403);
      assertThat(api.as(other).get("/api/applications/" + id + "/approval-form.pdf").status())
          .as(other)
          .isEqualTo(403);
    }
    assertThat(new ApiClient(port).get("/api/attachments/" + attachment).status()).isEqualTo(401);
    // only who acts on an open step adds to the case
    assertThat(upload("sx-reviewer", id, "a.pdf", Multipart.pdf("x"), Map.of()).status())
        .isEqualTo(403);
    assertThat(upload("sx-jtt-head", id, "a.pdf", Multipart.pdf("x"), Map.of()).status())
        .isEqualTo(403);
    assertThat(upload("sx-jyt-staff", id, "a.pdf", Multipart.pdf("x"), Map.of()).status())
        .isEqualTo(403);
    assertThat(
            api.as("sx-jyt-staff")
                .get("/api/attachments/00000000-0000-0000-0000-000000000000")
                .status())
        .isEqualTo(404);
  }

  @Test
  void onlyTheUploaderDeletesAndOnlyWhileTheStepIsOpen() throws IOException {
    String id = start(request(expansion(10)), "sx-jyt-staff");
    String task = openTask(id);
    String first =
        upload("sx-jyt-head", id, "一.pdf", Multipart.pdf("1"), Map.of("taskId", task))
            .get("id")
            .asText();
    String second =
        upload("sx-jyt-head", id, "二.pdf", Multipart.pdf("2"), Map.of("taskId", task))
            .get("id")
            .asText();
    assertThat(Multipart.delete(api.as("sx-jyt-staff"), "/api/attachments/" + first).status())
        .isEqualTo(403);
    long files = storedFiles();
    assertThat(Multipart.delete(api.as("sx-jyt-head"), "/api/attachments/" + first).status())
        .isEqualTo(204);
    assertThat(storedFiles()).isEqualTo(files - 1);
    assertThat(Multipart.delete(api.as("sx-jyt-head"), "/api/attachments/" + first).status())
        .isEqualTo(404);
    assertThat(
            api.as("sx-jyt-head")
                .post("/api/tasks/" + task + "/complete", Map.of("decision", "APPROVE"))
                .status())
        .isEqualTo(200);
    Response closed = Multipart.delete(api.as("sx-jyt-head"), "/api/attachments/" + second);
    assertThat(closed.status()).isEqualTo(409);
    assertThat(closed.get("message").asText()).contains("单位负责人审核").contains("已办理完毕");
    assertThat(api.as("sx-jyt-staff").get("/api/applications/" + id + "/attachments").body())
        .hasSize(1);
    // the step is done: no more files for it
    assertThat(
            upload("sx-jyt-head", id, "三.pdf", Multipart.pdf("3"), Map.of("taskId", task)).status())
        .isEqualTo(409);
  }

  @Test
  void aNewBuildNeedsItsFeasibilityStudyAtSubmission() {
    Response documents =
        api.as("sx-jyt-staff").get("/api/processes/office-space-construction/documents");
    assertThat(documents.status()).isEqualTo(200);
    JsonNode study = documents.body().get(0);
    assertThat(study.get("type").asText()).isEqualTo("FEASIBILITY_STUDY");
    assertThat(study.get("name").asText()).isEqualTo("可行性研究报告");
    assertThat(study.get("basis").asText()).isEqualTo("办法 第十八条");
    assertThat(study.get("stepName").asText()).isEqualTo("提交申请");

    Map<String, Object> form = expansion(10);
    form.put("projectType", "NEW_BUILD");
    long before =
        api.as("sx-jyt-staff").get("/api/applications?scope=mine&size=1").get("total").asLong();
    Response refused = api.as("sx-jyt-staff").post("/api/applications", request(form));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.get("fields").get("attachments").asText())
        .isEqualTo("缺少必备材料：可行性研究报告（办法 第十八条）");
    assertThat(
            api.as("sx-jyt-staff").get("/api/applications?scope=mine&size=1").get("total").asLong())
        .as("nothing started")
        .isEqualTo(before);

    // an upload of the wrong kind does not count
    Response other =
        Multipart.upload(
            api.as("sx-jyt-staff"),
            "/api/attachments",
            "图纸.png",
            Multipart.png(),
            Map.of("processKey", "office-space-construction"));
    assertThat(other.status()).as(other.text()).isEqualTo(201);
    Map<String, Object> body = new HashMap<>(request(form));
    body.put("attachments", List.of(other.get("id").asText()));
    assertThat(api.as("sx-jyt-staff").post("/api/applications", body).status()).isEqualTo(400);
    // the staged upload stays the uploader's: another applicant cannot submit it
    Response staged =
        Multipart.upload(
            api.as("sx-jyt-staff"),
            "/api/attachments",
            "可研报告.pdf",
            Multipart.pdf("study"),
            Map.of("processKey", "office-space-construction", "documentType", "FEASIBILITY_STUDY"));
    assertThat(staged.status()).as(staged.text()).isEqualTo(201);
    assertThat(staged.get("applicationId").isNull()).isTrue();
    String studyId = staged.get("id").asText();
    assertThat(api.as("sx-jtt-staff").get("/api/attachments/" + studyId).status()).isEqualTo(403);
    Map<String, Object> stolen = new HashMap<>(request(form));
    stolen.put("attachments", List.of(studyId));
    Response byOther = api.as("sx-jtt-staff").post("/api/applications", stolen);
    assertThat(byOther.status()).isEqualTo(400);
    assertThat(byOther.get("fields").get("attachments").asText()).contains("不是您上传的");

    body.put("attachments", List.of(other.get("id").asText(), studyId));
    String id = start(body, "sx-jyt-staff");
    JsonNode files = api.as("sx-reviewer").get("/api/applications/" + id + "/attachments").body();
    assertThat(files).hasSize(2);
    assertThat(files.findValuesAsText("documentName")).contains("可行性研究报告");
    assertThat(files.findValuesAsText("stepName")).containsOnly("提交申请");
    // submitted with the case: no longer the applicant's to delete, and not to submit again
    assertThat(Multipart.delete(api.as("sx-jyt-staff"), "/api/attachments/" + studyId).status())
        .isEqualTo(409);
    assertThat(api.as("sx-jyt-staff").post("/api/applications", body).status()).isEqualTo(400);
  }

  @Test
  void aStagedUploadIsDeletableByItsUploaderUntilSubmitted() {
    Response staged =
        Multipart.upload(
            api.as("sx-jyt-staff"),
            "/api/attachments",
            "草稿附件.pdf",
            Multipart.pdf("draft"),
            Map.of("processKey", "office-repair"));
    assertThat(staged.status()).isEqualTo(201);
    assertThat(staged.get("deletable").asBoolean()).isTrue();
    assertThat(
            Multipart.upload(
                    api.as("sx-reviewer"),
                    "/api/attachments",
                    "a.pdf",
                    Multipart.pdf("x"),
                    Map.of("processKey", "office-repair"))
                .status())
        .isEqualTo(403);
    assertThat(
            Multipart.upload(
                    api.as("sx-jyt-staff"),
                    "/api/attachments",
                    "a.pdf",
                    Multipart.pdf("x"),
                    Map.of("processKey", "no-such"))
                .get("fields")
                .has("processKey"))
        .isTrue();
    assertThat(
            Multipart.delete(
                    api.as("sx-jtt-staff"), "/api/attachments/" + staged.get("id").asText())
                .status())
        .isEqualTo(403);
    assertThat(
            Multipart.delete(
                    api.as("sx-jyt-staff"), "/api/attachments/" + staged.get("id").asText())
                .status())
        .isEqualTo(204);
  }

  @Test
  void aMajorRepairNeedsTheAssessmentOpinionAtTheAssessmentStep() {
    Map<String, Object> form = new HashMap<>();
    form.put("building", "综合办公楼");
    form.put("repairType", "MAJOR");
    form.put("reasons", List.of("AGING"));
    form.put("items", "屋面防水");
    form.put("affectedArea", 10000);
    form.put("estimatedCost", 100);
    form.put("buildingCompletedYear", 1990);
    String id = start(Map.of("processKey", "office-repair", "form", form), "sx-jyt-staff");
    assertThat(
            api.as("sx-jyt-head")
                .post("/api/tasks/" + openTask(id) + "/complete", Map.of("decision", "APPROVE"))
                .status())
        .isEqualTo(200);
    String assessment = openTask(id);
    Response refused =
        api.as("sx-reviewer")
            .post(
                "/api/tasks/" + assessment + "/complete",
                Map.of("decision", "APPROVE", "comment", "必要"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.get("fields").get("attachments").asText())
        .isEqualTo("缺少必备材料：评估论证意见（办法 第二十条）");
    // RETURN needs no document
    Response opinion =
        upload(
            "sx-reviewer",
            id,
            "评估论证意见.pdf",
            Multipart.pdf("assessment"),
            Map.of("taskId", assessment, "documentType", "ASSESSMENT_OPINION"));
    assertThat(opinion.status()).as(opinion.text()).isEqualTo(201);
    assertThat(opinion.get("documentName").asText()).isEqualTo("评估论证意见");
    Response approved =
        api.as("sx-reviewer")
            .post(
                "/api/tasks/" + assessment + "/complete",
                Map.of("decision", "APPROVE", "comment", "必要"));
    assertThat(approved.status()).as(approved.text()).isEqualTo(200);
  }

  @Test
  void aResubmissionThatNowNeedsADocumentIsRefusedUntilItIsAttached() {
    Map<String, Object> form = new HashMap<>();
    form.put("acquisitionType", "NEW");
    form.put("category", "OTHER");
    form.put("brand", "比亚迪");
    form.put("model", "秦PLUS EV");
    form.put("madeInChina", true);
    form.put("domesticBrand", true);
    form.put("energyType", "BEV");
    form.put("price", 15);
    form.put("luxuryOptions", List.of());
    form.put("source", "PURCHASE");
    form.put("justification", "业务量增加");
    Response created =
        api.as("sx-jtt-staff")
            .post("/api/applications", Map.of("processKey", "vehicle-purchase", "form", form));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String id = created.get("id").asText();
    String head = created.get("currentSteps").get(0).get("taskId").asText();
    assertThat(
            api.as("sx-jtt-head")
                .post(
                    "/api/tasks/" + head + "/complete",
                    Map.of("decision", "RETURN", "comment", "请改为更新旧车"))
                .status())
        .isEqualTo(200);
    String revise =
        api.as("sx-jtt-staff")
            .get("/api/applications/" + id)
            .get("currentSteps")
            .get(0)
            .get("taskId")
            .asText();
    Map<String, Object> replacement = new HashMap<>(form);
    replacement.put("acquisitionType", "REPLACEMENT");
    replacement.put("replacedPlate", "晋A·T0001");
    Response refused =
        api.as("sx-jtt-staff")
            .post(
                "/api/tasks/" + revise + "/complete",
                Map.of("decision", "RESUBMIT", "form", replacement));
    assertThat(refused.status()).as(refused.text()).isEqualTo(400);
    assertThat(refused.get("fields").get("attachments").asText())
        .contains("被更新车辆报废（更新）证明", "办法 第二十二条");
    Response proof =
        Multipart.upload(
            api.as("sx-jtt-staff"),
            "/api/applications/" + id + "/attachments",
            "报废证明.jpg",
            new byte[] {
              (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'
            },
            Map.of("documentType", "RENEWAL_PROOF"));
    assertThat(proof.status()).as(proof.text()).isEqualTo(201);
    assertThat(proof.get("stepName").asText()).isEqualTo("修改申请");
    assertThat(proof.get("contentType").asText()).isEqualTo("image/jpeg");
    Response resubmitted =
        api.as("sx-jtt-staff")
            .post(
                "/api/tasks/" + revise + "/complete",
                Map.of("decision", "RESUBMIT", "form", replacement));
    assertThat(resubmitted.status()).as(resubmitted.text()).isEqualTo(200);
  }
}
