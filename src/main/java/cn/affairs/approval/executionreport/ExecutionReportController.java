package cn.affairs.approval.executionreport;

import cn.affairs.approval.org.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 年度计划执行情况报告 (条例 第三十九条): the reports of a plan year, and recording one. */
@RestController
class ExecutionReportController {

  private final ExecutionReports reports;

  ExecutionReportController(ExecutionReports reports) {
    this.reports = reports;
  }

  @GetMapping("/api/plan-execution-reports")
  ExecutionReports.Result list(
      @AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String government) {
    return reports.of(user, government, year);
  }

  @PostMapping("/api/plan-execution-reports")
  @ResponseStatus(HttpStatus.CREATED)
  ExecutionReports.Line record(
      @AuthenticationPrincipal CurrentUser user, @RequestBody ExecutionReports.Input input) {
    return reports.record(user, input);
  }
}
