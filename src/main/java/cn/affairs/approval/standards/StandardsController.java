package cn.affairs.approval.standards;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class StandardsController {

  private final StandardsCatalogue catalogue;
  private final RegulationMap regulationMap;

  StandardsController(StandardsCatalogue catalogue, RegulationMap regulationMap) {
    this.catalogue = catalogue;
    this.regulationMap = regulationMap;
  }

  /**
   * The regulation map: each article, the steps and checks that enforce it, or why the system does
   * not.
   */
  @GetMapping("/api/standards/articles")
  List<RegulationMap.Entry> articles() {
    return regulationMap.entries();
  }

  @GetMapping("/api/standards")
  List<FigureView> standards() {
    return catalogue.all().stream()
        .map(
            f ->
                new FigureView(
                    f.section() + "." + f.key(),
                    f.name(),
                    f.value(),
                    f.unit(),
                    f.sourceLabel(),
                    f.source(),
                    f.localPolicy()))
        .toList();
  }

  /** One figure of the catalogue as the portal shows it. */
  record FigureView(
      String key,
      String section,
      BigDecimal value,
      String unit,
      String source,
      String document,
      boolean localPolicy) {}
}
