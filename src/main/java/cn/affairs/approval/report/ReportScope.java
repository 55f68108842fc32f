package cn.affairs.approval.report;

import cn.affairs.approval.org.Government;

/**
 * What a report covers: one government, and either one of its units ({@code unitCode}) or all
 * (null).
 */
record ReportScope(Government government, String unitCode) {

  String govCode() {
    return government.code();
  }
}
