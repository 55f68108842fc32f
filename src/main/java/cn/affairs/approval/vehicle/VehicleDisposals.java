package cn.affairs.approval.vehicle;

import org.springframework.stereotype.Service;

/**
 * 车辆处置 (办法 第二十二条: 配备、更新、处置全过程管理): a vehicle marked TO_DISPOSE (replaced by a new car) is disposed
 * of through a DISPOSAL case of the asset-transfer family, which goes to 财政部门 like every disposal
 * (条例 第十五条第二款). While that case is pending it holds the vehicle; when it is approved the vehicle
 * becomes DISPOSED. The only way other packages write these fields.
 */
@Service
public class VehicleDisposals {

  /** A vehicle as a disposal sees it. */
  public record Disposable(String plate, String unitCode, String status, String statusLabel) {

    public boolean toDispose() {
      return Vehicle.TO_DISPOSE.equals(status);
    }
  }

  private final VehicleMapper vehicles;

  VehicleDisposals(VehicleMapper vehicles) {
    this.vehicles = vehicles;
  }

  /** The plate in its canonical form (晋A·J0001), or null when it is not a plate. */
  public String canonical(String plate) {
    return LicencePlate.canonical(plate);
  }

  /** The registered vehicle of the plate, or null. */
  public Disposable find(String plate) {
    String canonical = LicencePlate.canonical(plate);
    Vehicle v = canonical == null ? null : vehicles.byPlate(canonical);
    return v == null
        ? null
        : new Disposable(v.plate(), v.unitCode(), v.status(), Vehicle.statusLabel(v.status()));
  }

  /**
   * The pending case other than {@code applicationId} that is disposing of the vehicle, or null.
   */
  public String pendingDisposal(String plate, String applicationId) {
    return vehicles.pendingDisposal(LicencePlate.canonical(plate), applicationId);
  }

  /** Holds a TO_DISPOSE vehicle of the unit for the case; false when it cannot. */
  public boolean reserve(String plate, String unitCode, String applicationId) {
    return vehicles.reserveDisposal(LicencePlate.canonical(plate), unitCode, applicationId) == 1;
  }

  /** Frees the vehicles the case held. */
  public void release(String applicationId) {
    vehicles.releaseDisposal(applicationId);
  }

  /** The approved disposal: TO_DISPOSE → DISPOSED; false when the case does not hold it. */
  public boolean dispose(String plate, String applicationId) {
    return vehicles.dispose(LicencePlate.canonical(plate), applicationId) == 1;
  }
}
