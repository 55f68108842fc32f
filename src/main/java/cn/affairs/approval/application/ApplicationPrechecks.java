package cn.affairs.approval.application;

import cn.affairs.approval.check.CaseFile;
import cn.affairs.approval.check.CheckOutcome;
import cn.affairs.approval.check.StandardsCheck;
import cn.affairs.approval.check.StandardsRule;
import cn.affairs.approval.check.SubmissionChecks;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.org.OrgMapper;
import cn.affairs.approval.org.Role;
import cn.affairs.approval.web.ApiException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * 预审 (check before submitting): the validation and the standards checks a submission of the form
 * would run, evaluated on a case file that is not stored ({@link StandardsCheck#preview}); nothing
 * is started or written (the transaction is rolled back whatever a check might do).
 */
@Service
public class ApplicationPrechecks {

  private final ProcessFamilies families;
  private final ApplicationSubmissions submissions;
  private final SubmissionChecks submissionChecks;
  private final OrgMapper org;
  private final ObjectMapper json;

  ApplicationPrechecks(
      ProcessFamilies families,
      ApplicationSubmissions submissions,
      SubmissionChecks submissionChecks,
      OrgMapper org,
      ObjectMapper json) {
    this.families = families;
    this.submissions = submissions;
    this.submissionChecks = submissionChecks;
    this.org = org;
    this.json = json;
  }

  @Transactional
  public Precheck precheck(CurrentUser user, String processKey, JsonNode form) {
    TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
    if (!user.has(Role.UNIT_STAFF)) {
      throw ApiException.forbidden("只有单位经办人可以预审申请");
    }
    ProcessFamily family =
        families
            .find(processKey)
            .orElseThrow(() -> ApiException.invalid("processKey", "未知的审批事项：" + processKey));
    FormValidator.Result result = submissions.checkForm(family, form, user);
    ObjectNode clean = result.form();
    CaseFile file =
        new CaseFile(
            null,
            family.key(),
            user.id(),
            clean,
            user.unit(),
            org.government(user.govCode()),
            json);
    List<Precheck.CheckVerdict> verdicts = new ArrayList<>();
    List<Precheck.Pending> pending = new ArrayList<>();
    for (StandardsCheck check : submissionChecks.of(family.key())) {
      StandardsRule rule = check.rule();
      List<String> fields = Arrays.asList(rule.fields());
      if (!result.valid() && !judgeable(family.form(), fields, clean, result.errors())) {
        pending.add(new Precheck.Pending(rule.id(), rule.name(), fields));
        continue;
      }
      CheckOutcome outcome;
      try {
        outcome = check.preview(file);
      } catch (RuntimeException notYet) {
        if (result.valid()) {
          throw notYet; // a valid form must be judged as a submission would judge it
        }
        pending.add(new Precheck.Pending(rule.id(), rule.name(), fields));
        continue;
      }
      verdicts.add(
          new Precheck.CheckVerdict(
              rule.id(),
              rule.name(),
              outcome.verdict(),
              outcome.message(),
              outcome.basis() != null ? outcome.basis() : rule.basis(),
              outcome.facts(),
              fields));
    }
    return new Precheck(family.key(), result.valid(), result.errors(), verdicts, pending);
  }

  /**
   * A rule can be judged on an incomplete form when it names its fields, none of them is wrong, and
   * those the form requires are filled in.
   */
  private static boolean judgeable(
      FormSpec spec, List<String> fields, ObjectNode form, Map<String, String> errors) {
    if (fields.isEmpty()) {
      return false;
    }
    for (String field : fields) {
      boolean wrong =
          errors.keySet().stream()
              .anyMatch(
                  path ->
                      path.equals(field)
                          || path.startsWith(field + "[")
                          || path.startsWith(field + "."));
      FormField declared = spec.field(field);
      if (wrong || (declared != null && declared.required() && !form.hasNonNull(field))) {
        return false;
      }
    }
    return true;
  }
}
