package cn.affairs.approval.standards;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The content of {@code config/standards.yml}, as {@link
 * cn.affairs.approval.config.ConfigurationFiles} binds and validates it: every section names the
 * document (and article) its figures come from, or 本级规定 for the bureau's own; every figure is a
 * non-negative number.
 */
record StandardsFile(@NotEmpty(message = "标准目录中没有任何一节") List<@NotNull @Valid Section> sections) {

  /** One section: figures of one kind from one source. */
  record Section(
      @NotBlank(message = "缺少节的键（key）") String key,
      @NotBlank(message = "缺少名称（name）") String name,
      String unit,
      @NotBlank(message = "缺少来源（source）：每个数值须注明来源文件和条款，本级规定亦须注明") String source,
      String note,
      boolean localPolicy,
      List<@NotBlank(message = "本级规定的指标名不能为空") String> localPolicyFigures,
      @NotEmpty(message = "本节没有指标（figures）")
          Map<
                  @NotBlank(message = "指标名不能为空") String,
                  @NotNull(message = "缺少数值") @PositiveOrZero(message = "不是非负数") BigDecimal>
              figures) {

    Section {
      localPolicyFigures = localPolicyFigures == null ? List.of() : List.copyOf(localPolicyFigures);
    }

    /** {@code localPolicyFigures} names only figures of this section (a typo would hide one). */
    @AssertTrue(message = "localPolicyFigures 中列出了本节没有的指标")
    boolean isLocalPolicyFiguresKnown() {
      return figures == null || figures.keySet().containsAll(localPolicyFigures);
    }
  }

  /** Each section key once: the figures' keys are {@code section.figure}. */
  @AssertTrue(message = "节的键（key）重复")
  boolean isSectionKeysUnique() {
    Set<String> seen = new HashSet<>();
    return sections == null
        || sections.stream()
            .filter(Objects::nonNull)
            .map(Section::key)
            .filter(Objects::nonNull)
            .allMatch(seen::add);
  }
}
