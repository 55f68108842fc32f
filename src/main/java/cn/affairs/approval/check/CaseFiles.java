package cn.affairs.approval.check;

import cn.affairs.approval.application.Application;
import cn.affairs.approval.application.ApplicationMapper;
import cn.affairs.approval.org.OrgMapper;
import cn.affairs.approval.org.Unit;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Service;

@Service
public class CaseFiles {

  private final ApplicationMapper applications;
  private final OrgMapper org;
  private final ObjectMapper json;

  CaseFiles(ApplicationMapper applications, OrgMapper org, ObjectMapper json) {
    this.applications = applications;
    this.org = org;
    this.json = json;
  }

  public CaseFile load(String applicationId) {
    Application application = applications.find(applicationId);
    if (application == null) {
      throw new IllegalStateException("no application " + applicationId);
    }
    Unit unit = org.unit(application.unitCode());
    try {
      return new CaseFile(application, json.readTree(application.formJson()), unit, org.government(unit.govCode()), json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored form of " + applicationId + " is not JSON", e);
    }
  }
}
