package cn.affairs.approval.lease;

import java.math.BigDecimal;

/**
 * The form of an office-space lease application (办公用房租用、借用、置换). {@code area} is usable office-room
 * area in ㎡; {@code annualRent} (万元) is given for LEASE only and null otherwise; {@code use} is the
 * declared use ({@link LeasedSpaceUse}, 办法 第十九条第二款), null only on cases filed before the form asked
 * for it.
 */
public record LeaseForm(
    String mode,
    BigDecimal area,
    String location,
    String counterparty,
    int termMonths,
    BigDecimal annualRent,
    String use,
    String reason) {

  public LeaseMode leaseMode() {
    return LeaseMode.valueOf(mode);
  }
}
