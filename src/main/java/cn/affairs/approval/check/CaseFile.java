package cn.affairs.approval.check;

import cn.affairs.approval.org.Government;
import cn.affairs.approval.org.Level;
import cn.affairs.approval.org.Unit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Everything a check reads about one case: its id (the business key), its family, who applied, the
 * form, the unit and its government. The checks framework knows no more of applications than this.
 */
public record CaseFile(
    String id,
    String processKey,
    String applicant,
    JsonNode form,
    Unit unit,
    Government government,
    ObjectMapper json) {

  public Level level() {
    return government.level();
  }

  /** The form as the family's typed record. */
  public <T> T form(Class<T> type) {
    return json.convertValue(form, type);
  }
}
