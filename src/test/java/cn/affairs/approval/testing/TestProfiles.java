package cn.affairs.approval.testing;

import java.util.ArrayList;
import java.util.List;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * {@code test}, plus the profiles named in the system property {@code affairs.test.profiles}: the
 * failsafe run sets it to {@code mysql} so that the same test classes run on the real server.
 */
public class TestProfiles implements ActiveProfilesResolver {

  @Override
  public String[] resolve(Class<?> testClass) {
    List<String> profiles = new ArrayList<>(List.of("test"));
    for (String extra : System.getProperty("affairs.test.profiles", "").split(",")) {
      if (!extra.isBlank()) {
        profiles.add(extra.trim());
      }
    }
    return profiles.toArray(String[]::new);
  }
}
