package cn.affairs.approval.check;

import cn.affairs.approval.application.Application;
import cn.affairs.approval.org.Government;
import cn.affairs.approval.org.Level;
import cn.affairs.approval.org.Unit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Everything a check reads about one case: the application, its form, the unit and its government. */
public record CaseFile(Application application, JsonNode form, Unit unit, Government government, ObjectMapper json) {

  public String id() {
    return application.id();
  }

  public Level level() {
    return government.level();
  }

  /** The form as the family's typed record. */
  public <T> T form(Class<T> type) {
    return json.convertValue(form, type);
  }
}
