package cn.affairs.approval.check;

/**
 * Where checks and delegates read a case from. The application package, which owns the cases,
 * implements it; the checks framework depends on this interface only.
 */
public interface CaseFiles {

  /** The case with this business key; an {@link IllegalStateException} when there is none. */
  CaseFile load(String applicationId);
}
