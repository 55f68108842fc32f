package cn.affairs.approval.standards;

import java.util.List;
import java.util.Map;
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
  List<Map<String, Object>> standards() {
    return catalogue.all().stream()
        .map(
            f ->
                Map.<String, Object>of(
                    "key", f.section() + "." + f.key(),
                    "section", f.name(),
                    "value", f.value(),
                    "unit", f.unit(),
                    "source", f.sourceLabel(),
                    "document", f.source(),
                    "localPolicy", f.localPolicy()))
        .toList();
  }
}
