package cn.affairs.approval.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a case changes in a register, line by line: each line's figure before and after, the
 * difference, and whether it goes down; {@code figures} are the totals that matter beside them
 * (e.g. the plan total before and after and its ceiling), {@code warnings} what the reader should
 * not miss, {@code note} where the figures before come from. Served with the case ({@code
 * comparison}) by the families whose cases change registers.
 */
public record Comparison(
    String title,
    List<Line> lines,
    List<FormOptions.Figure> figures,
    List<String> warnings,
    String note) {

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Line(
      String label,
      String detail,
      BigDecimal before,
      BigDecimal after,
      BigDecimal difference,
      boolean decrease,
      String unit) {

    public static Line of(
        String label, String detail, BigDecimal before, BigDecimal after, String unit) {
      BigDecimal difference = after.subtract(before);
      return new Line(label, detail, before, after, difference, difference.signum() < 0, unit);
    }
  }
}
