package cn.affairs.approval.web;

import java.util.Map;
import org.springframework.http.HttpStatus;

/** An error a client caused or may see; rendered as {@code {error, message, fields}}. */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final String code;
  private final Map<String, String> fields;

  public ApiException(HttpStatus status, String code, String message, Map<String, String> fields) {
    super(message);
    this.status = status;
    this.code = code;
    this.fields = fields;
  }

  public static ApiException invalid(Map<String, String> fields) {
    return new ApiException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "提交的内容有误，请按提示修改", fields);
  }

  public static ApiException invalid(String field, String message) {
    return invalid(Map.of(field, message));
  }

  public static ApiException badRequest(String message) {
    return new ApiException(HttpStatus.BAD_REQUEST, "BAD_REQUEST", message, null);
  }

  public static ApiException forbidden(String message) {
    return new ApiException(HttpStatus.FORBIDDEN, "FORBIDDEN", message, null);
  }

  public static ApiException notFound(String message) {
    return new ApiException(HttpStatus.NOT_FOUND, "NOT_FOUND", message, null);
  }

  public static ApiException conflict(String message) {
    return new ApiException(HttpStatus.CONFLICT, "CONFLICT", message, null);
  }

  public HttpStatus status() {
    return status;
  }

  public String code() {
    return code;
  }

  public Map<String, String> fields() {
    return fields;
  }
}
