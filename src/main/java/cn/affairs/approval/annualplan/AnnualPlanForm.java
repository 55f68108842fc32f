package cn.affairs.approval.annualplan;

import java.math.BigDecimal;
import java.util.List;

/**
 * The form of an annual plan (机关运行保障年度计划需求提报): the plan year and the needs, each of a category of
 * 条例 第三十四条 with its amount (万元) and the 实物定额 or 服务标准 it rests on ({@code basis}); {@code quantity}
 * counts the vehicles added (VEHICLES) or the pieces of {@code equipment} (ASSETS), {@code area}
 * the office-room area a need adds (OFFICE_SPACE, ㎡).
 */
public record AnnualPlanForm(int year, List<Need> needs, String situation) {

  /** One line of need. */
  public record Need(
      String category,
      String description,
      BigDecimal amount,
      String basis,
      Integer quantity,
      BigDecimal area,
      String equipment) {

    int quantityOrZero() {
      return quantity == null ? 0 : quantity;
    }
  }

  List<Need> of(String category) {
    return needs.stream().filter(n -> category.equals(n.category())).toList();
  }

  BigDecimal total() {
    return needs.stream().map(Need::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
