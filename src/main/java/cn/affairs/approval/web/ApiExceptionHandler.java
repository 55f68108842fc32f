package cn.affairs.approval.web;

import cn.affairs.approval.check.RegisterConflict;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns every error into the JSON of api.md; nothing a client sends may become a 500. */
@RestControllerAdvice
class ApiExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ErrorBody> api(ApiException e) {
    return body(e.status(), e.code(), e.getMessage(), e.fields());
  }

  @ExceptionHandler(RegisterConflict.class)
  ResponseEntity<ErrorBody> registerConflict(RegisterConflict e) {
    return body(HttpStatus.CONFLICT, "CONFLICT", e.getMessage(), null);
  }

  @ExceptionHandler({
    OptimisticLockingException.class,
    TaskAlreadyClaimedException.class,
    PessimisticLockingFailureException.class,
    CannotAcquireLockException.class,
    DuplicateKeyException.class
  })
  ResponseEntity<ErrorBody> concurrent(Exception e) {
    log.info("concurrent action refused: {}", e.toString());
    return body(HttpStatus.CONFLICT, "CONFLICT", "该事项已被他人处理或正在处理，请刷新后重试", null);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ErrorBody> unreadable(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof InvalidFormatException ife && !ife.getPath().isEmpty()) {
      String field = ife.getPath().get(ife.getPath().size() - 1).getFieldName();
      String message = ife.getTargetType() == String.class ? "不能含有控制字符" : "格式不正确";
      return body(
          HttpStatus.BAD_REQUEST,
          "VALIDATION_FAILED",
          "提交的内容有误，请按提示修改",
          Map.of(field == null ? "body" : field, message));
    }
    return body(HttpStatus.BAD_REQUEST, "BAD_REQUEST", "请求内容不是有效的 JSON", null);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ErrorBody> typeMismatch(MethodArgumentTypeMismatchException e) {
    return body(
        HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "参数格式不正确", Map.of(e.getName(), "格式不正确"));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ErrorBody> missingParameter(MissingServletRequestParameterException e) {
    return body(
        HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "缺少参数", Map.of(e.getParameterName(), "必填"));
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<ErrorBody> missingPart(MissingServletRequestPartException e) {
    return body(
        HttpStatus.BAD_REQUEST,
        "VALIDATION_FAILED",
        "缺少上传文件",
        Map.of(e.getRequestPartName(), "必填"));
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ErrorBody> tooLarge(MaxUploadSizeExceededException e) {
    return body(
        HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE", "上传的文件过大", Map.of("file", "文件过大"));
  }

  /** Not a multipart request, or one that cannot be read, where a file is expected. */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ErrorBody> notMultipart(MultipartException e) {
    return body(
        HttpStatus.BAD_REQUEST,
        "VALIDATION_FAILED",
        "请以 multipart/form-data 方式上传文件",
        Map.of("file", "缺少上传文件"));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ErrorBody> method(HttpRequestMethodNotSupportedException e) {
    return body(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", "不支持该请求方法", null);
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ErrorBody> mediaType(HttpMediaTypeNotSupportedException e) {
    return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", "请以 JSON 格式提交", null);
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ErrorBody> noResource(NoResourceFoundException e) {
    return body(HttpStatus.NOT_FOUND, "NOT_FOUND", "请求的地址不存在", null);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ErrorBody> unexpected(Exception e) {
    if (DatabaseUnavailable.causedBy(e)) {
      log.warn("database unreachable: {}", e.toString());
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .header("Retry-After", DatabaseUnavailable.RETRY_AFTER)
          .body(DatabaseUnavailable.BODY);
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      if (root instanceof OptimisticLockingException) {
        return concurrent((Exception) root);
      }
      root = root.getCause();
    }
    if (root instanceof OptimisticLockingException
        || root instanceof PessimisticLockingFailureException) {
      return concurrent((Exception) root);
    }
    log.error("unexpected error", e);
    return body(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "系统内部错误，请联系管理员", null);
  }

  static ResponseEntity<ErrorBody> body(
      HttpStatus status, String code, String message, Map<String, String> fields) {
    return ResponseEntity.status(status).body(new ErrorBody(code, message, fields));
  }
}
