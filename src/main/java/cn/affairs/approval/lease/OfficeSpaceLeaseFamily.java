package cn.affairs.approval.lease;

import static cn.affairs.approval.application.FormField.choice;
import static cn.affairs.approval.application.FormField.integer;
import static cn.affairs.approval.application.FormField.positive;
import static cn.affairs.approval.application.FormField.text;
import static cn.affairs.approval.application.FormField.textarea;
import static cn.affairs.approval.application.FormRule.when;
import static cn.affairs.approval.check.Numbers.plain;

import cn.affairs.approval.application.FormSpec;
import cn.affairs.approval.application.ProcessFamily;
import cn.affairs.approval.officespace.ApprovedOfficeSpace;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 办公用房租用、借用、置换: a unit may lease, borrow or swap office space only with the approval of its
 * government, on the opinion of the bureau; the area counts in the unit's total (办法 第十九条第三款). Idle
 * space of the bureau comes first (办法 第十七条; 条例 第二十二条).
 */
@Component
class OfficeSpaceLeaseFamily implements ProcessFamily, ApprovedOfficeSpace {

  static final String KEY = "office-space-lease";

  /**
   * The longest term the form accepts: 240 months, the 20-year limit of a lease contract
   * (《中华人民共和国民法典》第七百零五条), also applied to loans and swaps.
   */
  static final int MAX_TERM_MONTHS = 240;

  private static final FormSpec FORM =
      FormSpec.of(
              choice(
                  "mode",
                  "方式",
                  "LEASE",
                  LeaseMode.LEASE.label(),
                  "BORROW",
                  LeaseMode.BORROW.label(),
                  "SWAP",
                  LeaseMode.SWAP.label()),
              positive("area", "办公室用房使用面积", "㎡").withHelp("租用、借用、置换的面积纳入本单位办公用房总面积核定（办法第十九条第三款）"),
              text("location", "房屋地点", 100),
              text("counterparty", "对方单位", 100).withHelp("出租方、出借方或置换对方"),
              integer("termMonths", "期限", "个月", 1, MAX_TERM_MONTHS)
                  .withHelp("租赁期限不得超过二十年（《民法典》第七百零五条）"),
              positive("annualRent", "年租金", "万元").optional().withHelp("仅租用时填写；借用、置换不支付租金"),
              choice(
                      "use",
                      "用途",
                      "OFFICE",
                      LeasedSpaceUse.OFFICE.label(),
                      "SUBLET",
                      LeasedSpaceUse.SUBLET.label(),
                      "LEND",
                      LeasedSpaceUse.LEND.label(),
                      "OTHER",
                      LeasedSpaceUse.OTHER.label())
                  .withHelp("不得出租、出借办公用房或者改变办公用房使用功能（办法第十九条第二款）"),
              textarea("reason", "理由", 2000))
          .withRules(
              when("mode", "LEASE").requires("annualRent", "租用办公用房须填写年租金"),
              when("mode", "BORROW")
                  .forbids("annualRent", LeaseMode.BORROW.label() + "办公用房不支付租金，不能填写年租金"),
              when("mode", "SWAP")
                  .forbids("annualRent", LeaseMode.SWAP.label() + "办公用房不支付租金，不能填写年租金"))
          .withContext("unit-office-space");

  @Override
  public String key() {
    return KEY;
  }

  @Override
  public String name() {
    return "办公用房租用、借用、置换";
  }

  @Override
  public String description() {
    return "确需租用、借用、置换办公用房的，由机关事务管理部门提出意见，报本级政府批准后实施，面积纳入本单位办公用房总面积核定（办法第十九条）";
  }

  @Override
  public String keyPrefix() {
    return "ZY";
  }

  @Override
  public FormSpec form() {
    return FORM;
  }

  /**
   * An approved lease, loan or swap holds its area from approval to approval + term (inclusive).
   */
  @Override
  public BigDecimal areaHeld(JsonNode form, LocalDate approvedOn, LocalDate day) {
    LocalDate end = approvedOn.plusMonths(form.path("termMonths").asInt());
    return end.isBefore(day) ? BigDecimal.ZERO : form.path("area").decimalValue();
  }

  @Override
  public String processKey() {
    return key();
  }

  @Override
  public String title(JsonNode form) {
    LeaseMode mode = LeaseMode.valueOf(form.get("mode").asText());
    return mode.label()
        + "办公用房 "
        + plain(form.get("area").decimalValue())
        + "㎡（"
        + form.get("location").asText()
        + "）";
  }

  @Override
  public Map<String, List<String>> stepArticles() {
    return Map.of(
        "Task_BureauOpinion", List.of("办法 第十九条第三款", "办法 第十七条第一款", "条例 第二十一条第一款"),
        "Task_FinanceOpinion", List.of("办法 第七条第二款", "办法 第十一条"),
        "Task_GovernmentApproval", List.of("办法 第十九条第三款"),
        "Task_CheckSpaceUse", List.of("办法 第十九条第二款"),
        "Task_RegisterOfficeSpace", List.of("办法 第十七条第一款", "办法 第十九条第三款", "条例 第二十一条第一款"));
  }
}
