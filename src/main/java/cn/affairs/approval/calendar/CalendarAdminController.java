package cn.affairs.approval.calendar;

import cn.affairs.approval.org.CurrentUser;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working-day calendar per year, shown and entered by admins (ADMIN only, see SecurityConfig).
 */
@RestController
class CalendarAdminController {

  private final CalendarAdministration administration;

  CalendarAdminController(CalendarAdministration administration) {
    this.administration = administration;
  }

  @GetMapping("/api/admin/calendar")
  List<CalendarAdministration.YearSummary> years() {
    return administration.overview();
  }

  @GetMapping("/api/admin/calendar/{year}")
  CalendarAdministration.YearDays year(@PathVariable int year) {
    return administration.year(year);
  }

  @PutMapping("/api/admin/calendar/{year}")
  CalendarAdministration.YearDays enter(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable int year,
      @RequestBody CalendarAdministration.Entry entry) {
    return administration.enter(user, year, entry);
  }
}
