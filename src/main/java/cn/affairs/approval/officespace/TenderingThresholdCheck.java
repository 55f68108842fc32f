package cn.affairs.approval.officespace;

import static cn.affairs.approval.check.CheckOutcome.facts;
import static cn.affairs.approval.check.Numbers.plain;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CheckOutcome;
import cn.affairs.approval.check.RuleKind;
import cn.affairs.approval.check.StandardsCheck;
import cn.affairs.approval.check.StandardsRule;
import cn.affairs.approval.org.Role;
import cn.affairs.approval.standards.StandardsCatalogue;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * The procurement thresholds against the {@code estimatedCost} (万元) of construction and repair
 * forms. Building, extending, renovating and repairing are works: the works-tendering threshold of
 * 国家发展改革委令第16号 (a national rule for every level, 施工单项合同估算价) makes them tendered, and the works
 * decentralised-procurement limit brings them under government procurement. Buying a building is
 * not a works contract: it is held to the goods (and services) limits instead. The
 * decentralised-procurement and public-tender figures of 国办发〔2019〕55号 bind central budget units
 * only; for 省、市、县 they are the bureau's own (本级规定, marked so in config/standards.yml), and the
 * message says so whenever the catalogue marks a figure local.
 */
@Component("tenderingThresholdCheck")
@StandardsRule(
    id = "tenderingThreshold",
    fields = {"estimatedCost"},
    name = "招标和政府采购限额",
    basis = TenderingThresholdCheck.WORKS_BASIS,
    articles = {"办法 第十八条第二款", "办法 第二十条第二款", "条例 第十四条第一款"},
    kind = RuleKind.FIGURE,
    overridableBy = Role.GOVERNMENT)
class TenderingThresholdCheck extends StandardsCheck {

  static final String WORKS_BASIS =
      "《必须招标的工程项目规定》(国家发展改革委令第16号) 第五条 施工单项合同估算价；工程分散采购限额参照国办发〔2019〕55号";

  static final String GOODS_BASIS =
      "货物、服务分散采购限额和公开招标数额标准参照《中央预算单位政府集中采购目录及标准》(国办发〔2019〕55号)；" + "购置办公用房不是工程施工，不适用工程招标限额";

  private final StandardsCatalogue catalogue;

  TenderingThresholdCheck(StandardsCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  protected CheckOutcome evaluate(CaseFile file) {
    BigDecimal cost = file.form().get("estimatedCost").decimalValue();
    boolean purchase = "PURCHASE".equals(file.form().path("projectType").asText());
    return purchase ? goods(cost) : works(cost);
  }

  private CheckOutcome works(BigDecimal cost) {
    BigDecimal tender = catalogue.value("procurement.publicTenderWorks");
    BigDecimal decentralised = catalogue.value("procurement.decentralisedWorks");
    var facts =
        facts(
            "procurementKind",
            "WORKS",
            "estimatedCost",
            cost,
            "threshold",
            tender,
            "decentralisedLimit",
            decentralised);
    String spent = "估算投资" + plain(cost) + "万元";
    if (cost.compareTo(tender) >= 0) {
      return CheckOutcome.warn(
          spent + "，达到工程招标限额" + figure("publicTenderWorks") + "，须依法公开招标", facts);
    }
    String below = spent + "，低于工程招标限额" + figure("publicTenderWorks");
    if (cost.compareTo(decentralised) >= 0) {
      return CheckOutcome.pass(
          below + "；达到工程分散采购限额" + figure("decentralisedWorks") + "，须按政府采购规定组织采购", facts);
    }
    return CheckOutcome.pass(below + "和工程分散采购限额" + figure("decentralisedWorks"), facts);
  }

  private CheckOutcome goods(BigDecimal cost) {
    BigDecimal tender = catalogue.value("procurement.publicTenderGoodsServices");
    BigDecimal decentralised = catalogue.value("procurement.decentralisedGoodsServices");
    var facts =
        facts(
            "procurementKind",
            "GOODS",
            "estimatedCost",
            cost,
            "threshold",
            tender,
            "decentralisedLimit",
            decentralised);
    String spent = "购置办公用房估算价款" + plain(cost) + "万元";
    CheckOutcome outcome;
    if (cost.compareTo(tender) >= 0) {
      outcome =
          CheckOutcome.warn(
              spent + "，达到货物公开招标数额标准" + figure("publicTenderGoodsServices") + "，须公开招标采购", facts);
    } else if (cost.compareTo(decentralised) >= 0) {
      outcome =
          CheckOutcome.pass(
              spent
                  + "，低于货物公开招标数额标准"
                  + figure("publicTenderGoodsServices")
                  + "；达到货物分散采购限额"
                  + figure("decentralisedGoodsServices")
                  + "，须按政府采购规定组织采购",
              facts);
    } else {
      outcome =
          CheckOutcome.pass(spent + "，低于货物分散采购限额" + figure("decentralisedGoodsServices"), facts);
    }
    return outcome.citing(GOODS_BASIS);
  }

  /** A threshold as the message shows it: {@code 400万元}, or {@code 100万元（本级规定）}. */
  private String figure(String key) {
    StandardsCatalogue.Figure figure = catalogue.figure("procurement." + key);
    return plain(figure.value()) + "万元" + (figure.localPolicy() ? "（本级规定）" : "");
  }
}
