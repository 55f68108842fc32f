package cn.affairs.approval.officespace;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A process family whose approved cases bring office space to the unit (construction, lease): how
 * much of it an approved case still brings on a day. The office-area standard counts the space of
 * approved cases not yet in the register ({@link OfficeAreaStandard}), so that approved space is
 * never counted as free.
 */
public interface ApprovedOfficeSpace {

  /** The family's process key. */
  String processKey();

  /** The usable office-room area (㎡) an approved case brings that is still held on {@code day}. */
  BigDecimal areaHeld(JsonNode form, LocalDate approvedOn, LocalDate day);
}
