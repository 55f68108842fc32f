package cn.affairs.approval.workbook;

import java.util.List;

/** An import refused: every wrong row, nothing written. */
public class ImportRefused extends RuntimeException {

  private final transient List<RowError> errors;

  public ImportRefused(List<RowError> errors) {
    super("导入文件中有 " + errors.size() + " 处错误，未导入任何数据");
    this.errors = List.copyOf(errors);
  }

  public List<RowError> errors() {
    return errors;
  }
}
