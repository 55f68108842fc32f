package cn.affairs.approval.org;

/**
 * A body of a government: an applying agency (AGENCY) or one that decides (BUREAU, FINANCE, DRC,
 * GOVERNMENT).
 */
public record Unit(
    String code, String name, String govCode, String kind, int vehicleQuota, boolean active)
    implements java.io.Serializable {

  public boolean isAgency() {
    return "AGENCY".equals(kind);
  }
}
