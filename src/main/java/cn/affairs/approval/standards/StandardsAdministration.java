package cn.affairs.approval.standards;

import cn.affairs.approval.audit.AuditLog;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.web.ApiException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins change the 本级规定 figures — only those: national and provincial figures change only with the
 * document they come from. An edit is in force at once, kept in the database, applied again at
 * every start, and audited with the value before and after and the reason. Each check result keeps
 * the figures it used in its facts, so older results stay explainable.
 */
@Service
@Order(-20)
class StandardsAdministration implements ApplicationRunner {

  private final StandardsCatalogue catalogue;
  private final StandardValueMapper values;
  private final AuditLog audit;
  private final Clock clock;

  StandardsAdministration(
      StandardsCatalogue catalogue, StandardValueMapper values, AuditLog audit, Clock clock) {
    this.catalogue = catalogue;
    this.values = values;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (StandardValueMapper.StandardValue value : values.all()) {
      if (catalogue.has(value.figureKey()) && catalogue.figure(value.figureKey()).localPolicy()) {
        catalogue.apply(value.figureKey(), value.figureValue());
      }
    }
  }

  /** A figure on the admin page: in force, as the file gives it, and its last edit. */
  record EditableFigure(
      String key,
      String section,
      BigDecimal value,
      BigDecimal fileValue,
      String unit,
      String source,
      String document,
      boolean localPolicy,
      boolean editable,
      LastChange lastChange) {}

  /** Who changed a figure last, when and why. */
  record LastChange(String by, LocalDateTime at, String reason) {}

  /** A figure after an admin's edit. */
  record Changed(String key, BigDecimal before, BigDecimal value, String reason) {}

  @Transactional(readOnly = true)
  List<EditableFigure> list() {
    Map<String, StandardValueMapper.StandardValue> edits =
        values.all().stream()
            .collect(
                Collectors.toMap(
                    StandardValueMapper.StandardValue::figureKey, Function.identity()));
    List<EditableFigure> result = new ArrayList<>();
    for (StandardsCatalogue.Figure f : catalogue.all()) {
      String key = f.section() + "." + f.key();
      StandardValueMapper.StandardValue edit = edits.get(key);
      result.add(
          new EditableFigure(
              key,
              f.name(),
              f.value(),
              catalogue.fileValue(key),
              f.unit(),
              f.sourceLabel(),
              f.source(),
              f.localPolicy(),
              f.localPolicy(),
              edit == null
                  ? null
                  : new LastChange(edit.changedBy(), edit.changedAt(), edit.reason())));
    }
    return result;
  }

  @Transactional
  Changed change(CurrentUser user, String key, BigDecimal value, String reason) {
    if (!catalogue.has(key)) {
      throw ApiException.notFound("标准目录中没有指标 " + key);
    }
    StandardsCatalogue.Figure figure = catalogue.figure(key);
    if (!figure.localPolicy()) {
      throw ApiException.invalid(
          "key",
          "「"
              + figure.name()
              + "」"
              + key
              + " 来自 "
              + figure.source()
              + "，不是本级规定；国家和上级规定的数值只随其来源文件修改");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    if (value == null) {
      errors.put("value", "请填写新的数值");
    } else if (value.signum() < 0) {
      errors.put("value", "数值不能为负数");
    } else if (value.precision() - value.scale() > 14 || value.scale() > 4) {
      errors.put("value", "数值最多 14 位整数、4 位小数");
    }
    if (reason == null || reason.isBlank()) {
      errors.put("reason", "请说明修改理由（如本级文件的文号）");
    } else if (reason.length() > 500) {
      errors.put("reason", "理由不能超过 500 字");
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    StandardValueMapper.StandardValue previous = values.lock(key);
    BigDecimal before = catalogue.value(key);
    if (before.compareTo(value) == 0) {
      throw ApiException.invalid("value", "新数值与现行数值相同");
    }
    values.delete(key);
    values.insert(
        new StandardValueMapper.StandardValue(
            key, value, reason.trim(), user.id(), LocalDateTime.now(clock)));
    audit.record(
        "STANDARD",
        user.id(),
        null,
        key,
        "修改本级规定「"
            + figure.name()
            + "」"
            + key
            + "："
            + before.toPlainString()
            + " → "
            + value.toPlainString()
            + (figure.unit().isBlank() ? "" : " " + figure.unit())
            + "；理由："
            + reason.trim(),
        Map.of("value", before, "reason", previous == null ? "随系统发布的标准" : previous.reason()),
        Map.of("value", value, "reason", reason.trim()));
    // in force once the edit commits; a rollback leaves the figure as it was
    org.springframework.transaction.support.TransactionSynchronizationManager
        .registerSynchronization(
            new org.springframework.transaction.support.TransactionSynchronization() {
              @Override
              public void afterCommit() {
                catalogue.apply(key, value);
              }
            });
    return new Changed(key, before, value, reason.trim());
  }
}
