package cn.affairs.approval.org;

import java.util.List;

/** The three levels of government the system serves. */
public enum Level {
  PROVINCE("省级", List.of("省级正职", "省级副职", "正厅局级", "副厅局级", "正处级", "副处级", "处级以下")),
  CITY("市级", List.of("市级正职", "市级副职", "正局处级", "副局处级", "局处级以下")),
  COUNTY("县级", List.of("县级正职", "县级副职", "正科级", "副科级", "科级以下"));

  private final String label;
  private final List<String> ranks;

  Level(String label, List<String> ranks) {
    this.label = label;
    this.ranks = ranks;
  }

  public String label() {
    return label;
  }

  /**
   * The ranks (职级) staffing is counted in at this level: those of the per-person office-room areas
   * of 《党政机关办公用房建设标准》(发改投资〔2014〕2674号), as the catalogue keys them.
   */
  public List<String> ranks() {
    return ranks;
  }
}
