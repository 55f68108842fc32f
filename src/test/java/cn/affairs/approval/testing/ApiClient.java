package cn.affairs.approval.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A script's view of the API: HTTP Basic as a demo user, JSON in and out. */
public class ApiClient {

  /** A response: status and parsed JSON body (NullNode when empty or not JSON). */
  public record Response(int status, JsonNode body, String text) {
    public JsonNode get(String field) {
      return body.path(field);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;
  private final String user;
  private final String password;

  public ApiClient(int port) {
    this("http://localhost:" + port, null, null);
  }

  private ApiClient(String base, String user, String password) {
    this.base = base;
    this.user = user;
    this.password = password;
  }

  /** The same client signed in as a demo user (password {@code demo}). */
  public ApiClient as(String userId) {
    return new ApiClient(base, userId, "demo");
  }

  public ApiClient as(String userId, String password) {
    return new ApiClient(base, userId, password);
  }

  public Response get(String path) {
    return send(request(path).GET());
  }

  public Response post(String path, Object body) {
    try {
      String text = body instanceof String s ? s : JSON.writeValueAsString(body);
      return send(
          request(path)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A GET whose body is not JSON (e.g. a workbook): the bytes as they came. */
  public HttpResponse<byte[]> raw(String path) {
    try {
      return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Response put(String path, Object body) {
    try {
      String text = body instanceof String s ? s : JSON.writeValueAsString(body);
      return send(
          request(path)
              .header("Content-Type", "application/json")
              .PUT(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Response delete(String path) {
    return send(request(path).DELETE());
  }

  /** A multipart upload of one file in the part {@code file}. */
  public Response postFile(String path, String fileName, byte[] content) {
    String boundary = "----affairs" + System.nanoTime();
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + content.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(content, 0, body, head.length, content.length);
    System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
    return send(
        request(path)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  public Response post(String path) {
    return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
  }

  public Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      JsonNode body;
      try {
        body = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
      } catch (IOException notJson) {
        body = JSON.nullNode();
      }
      return new Response(response.statusCode(), body, response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    if (user != null) {
      String token =
          Base64.getEncoder()
              .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
      builder.header("Authorization", "Basic " + token);
    }
    return builder;
  }
}
