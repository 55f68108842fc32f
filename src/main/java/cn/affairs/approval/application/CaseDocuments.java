package cn.affairs.approval.application;

import cn.affairs.approval.org.CurrentUser;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The documents of a case as the submission and the steps need them. The document package, which
 * owns the attachments, implements it; the application and task packages call only this interface,
 * so that documents may read cases without a cycle between the packages.
 */
public interface CaseDocuments {

  /**
   * At submission, in the submission's transaction and after the case row exists: binds the
   * applicant's uploads {@code attachmentIds} (made before the case existed) to the new case, and
   * refuses the submission (400, field {@code attachments}) naming every document the family
   * requires at submission for this form that is missing.
   */
  void submitted(
      CurrentUser applicant,
      String processKey,
      JsonNode form,
      String applicationId,
      List<String> attachmentIds);

  /**
   * Before an APPROVE (or the applicant's RESUBMIT) at step {@code taskKey}: 400 (field {@code
   * attachments}) naming every document that step needs and the case does not have.
   */
  void requireAtStep(String applicationId, String processKey, JsonNode form, String taskKey);
}
