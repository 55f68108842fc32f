package cn.affairs.approval.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Uploads as a script sends them (multipart/form-data), and small files of each kind to upload. */
public final class Multipart {

  private Multipart() {}

  /** POSTs {@code bytes} as the part {@code file} named {@code fileName}, with the other fields. */
  public static ApiClient.Response upload(
      ApiClient api, String path, String fileName, byte[] bytes, Map<String, String> fields) {
    String boundary = "----affairs" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try {
      for (Map.Entry<String, String> field : fields.entrySet()) {
        body.write(
            ("--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\""
                    + field.getKey()
                    + "\"\r\n\r\n"
                    + field.getValue()
                    + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
      }
      body.write(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                  + fileName
                  + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.write(bytes);
      body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return api.send(
        api.request(path)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /**
   * Uploads, as the applicant {@code api} signs in, a PDF for every document the family requires at
   * submission for this form ({@code GET /api/processes/{key}/documents}); returns their ids for
   * the submission's {@code attachments}.
   */
  public static List<String> requiredAtSubmission(
      ApiClient api, String processKey, Map<String, ?> form) {
    List<String> ids = new ArrayList<>();
    for (JsonNode document : api.get("/api/processes/" + processKey + "/documents").body()) {
      if (!document.path("step").isNull() || !applies(document.path("when"), form)) {
        continue;
      }
      ApiClient.Response staged =
          upload(
              api,
              "/api/attachments",
              document.get("name").asText() + ".pdf",
              pdf(document.get("type").asText()),
              Map.of("processKey", processKey, "documentType", document.get("type").asText()));
      if (staged.status() != 201) {
        throw new AssertionError("staging " + document + " failed: " + staged.text());
      }
      ids.add(staged.get("id").asText());
    }
    return ids;
  }

  private static boolean applies(JsonNode when, Map<String, ?> form) {
    for (var condition : when.properties()) {
      Object value = form.get(condition.getKey());
      boolean listed = false;
      for (JsonNode allowed : condition.getValue()) {
        listed |= value != null && allowed.asText().equals(String.valueOf(value));
      }
      if (!listed) {
        return false;
      }
    }
    return true;
  }

  /** A submission body with the documents the form requires uploaded and named. */
  public static Map<String, Object> submission(
      ApiClient api, String processKey, Map<String, ?> form) {
    Map<String, Object> body = new HashMap<>();
    body.put("processKey", processKey);
    body.put("form", form);
    body.put("attachments", requiredAtSubmission(api, processKey, form));
    return body;
  }

  /** GETs raw bytes (a download, a PDF). */
  public static HttpResponse<byte[]> download(ApiClient api, String path) {
    try {
      return HttpClient.newHttpClient()
          .send(api.request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static ApiClient.Response delete(ApiClient api, String path) {
    return api.send(api.request(path).DELETE());
  }

  /** A small but well-formed PDF whose page says {@code text} (ASCII). */
  public static byte[] pdf(String text) {
    String content = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
    String[] objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
      "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    };
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    int[] offsets = new int[objects.length];
    for (int i = 0; i < objects.length; i++) {
      offsets[i] = pdf.length();
      pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
    for (int offset : offsets) {
      pdf.append(String.format("%010d 00000 n \n", offset));
    }
    pdf.append("trailer\n<< /Size ")
        .append(objects.length + 1)
        .append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref)
        .append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** The first bytes of a PNG image. */
  public static byte[] png() {
    return new byte[] {
      (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
    };
  }

  /** A zip holding the part a Word document has ({@code word/document.xml}). */
  public static byte[] docx() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
