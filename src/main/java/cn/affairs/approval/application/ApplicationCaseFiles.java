package cn.affairs.approval.application;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CaseFiles;
import cn.affairs.approval.org.OrgMapper;
import cn.affairs.approval.org.Unit;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Service;

/** The case files of stored applications, as the checks and delegates read them. */
@Service
class ApplicationCaseFiles implements CaseFiles {

  private final ApplicationMapper applications;
  private final OrgMapper org;
  private final ObjectMapper json;

  ApplicationCaseFiles(ApplicationMapper applications, OrgMapper org, ObjectMapper json) {
    this.applications = applications;
    this.org = org;
    this.json = json;
  }

  @Override
  public CaseFile load(String applicationId) {
    Application application = applications.find(applicationId);
    if (application == null) {
      throw new IllegalStateException("no application " + applicationId);
    }
    Unit unit = org.unit(application.unitCode());
    try {
      return new CaseFile(
          application.id(),
          application.processKey(),
          application.applicant(),
          json.readTree(application.formJson()),
          unit,
          org.government(unit.govCode()),
          json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored form of " + applicationId + " is not JSON", e);
    }
  }
}
