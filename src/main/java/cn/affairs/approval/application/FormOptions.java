package cn.affairs.approval.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * The register rows a form field offers ({@code GET /api/form-options/{source}}): each with the
 * value the form takes, the name the user reads, what else identifies it ({@code detail}) and its
 * current figure ({@code amount} in {@code unit}); {@code figures} are totals the form shows beside
 * them (e.g. the plan total and its ceiling). A row with a {@code limit} is a holding against its
 * cap (e.g. the unit's desktops against the equipment standard), {@code limitBasis} saying how the
 * cap was worked out.
 */
public record FormOptions(String source, List<Option> options, List<Figure> figures) {

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Option(
      String value,
      String label,
      String detail,
      BigDecimal amount,
      String unit,
      BigDecimal limit,
      String limitBasis) {

    /** A row without a cap. */
    public Option(String value, String label, String detail, BigDecimal amount, String unit) {
      this(value, label, detail, amount, unit, null, null);
    }
  }

  public record Figure(String name, String label, BigDecimal value, String unit) {}
}
