package cn.affairs.approval.workbook;

import cn.affairs.approval.web.ApiException;
import java.util.ArrayList;
import java.util.List;

/** The bad rows of one import, collected while every row is validated. */
public final class ImportErrors {

  private final List<RowError> errors = new ArrayList<>();

  public void add(int row, String field, String message) {
    errors.add(new RowError(row, field, message));
  }

  /**
   * Every wrong field of a refused row; a refusal without fields (e.g. another government's row)
   * under {@code fallbackField}.
   */
  public void add(int row, ApiException refused, String fallbackField) {
    if (refused.fields() != null && !refused.fields().isEmpty()) {
      refused.fields().forEach((field, message) -> add(row, field, message));
    } else {
      add(row, fallbackField, refused.getMessage());
    }
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  /** Refuses the whole file when any row was bad. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new ImportRefused(errors);
    }
  }
}
