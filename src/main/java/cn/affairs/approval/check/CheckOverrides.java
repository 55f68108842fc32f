package cn.affairs.approval.check;

import java.util.List;
import org.springframework.stereotype.Service;

/** Records and lists the approvals over failed figures ({@link CheckOverride}). */
@Service
public class CheckOverrides {

  private final CheckOverrideMapper overrides;

  CheckOverrides(CheckOverrideMapper overrides) {
    this.overrides = overrides;
  }

  public void record(CheckOverride override) {
    overrides.insert(override);
  }

  public List<CheckOverride> of(String applicationId) {
    return overrides.of(applicationId);
  }
}
