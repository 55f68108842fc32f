package cn.affairs.approval.forecast;

import cn.affairs.approval.org.CurrentUser;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ForecastController {

  private final CaseForecasts forecasts;

  ForecastController(CaseForecasts forecasts) {
    this.forecasts = forecasts;
  }

  @GetMapping("/api/applications/{id}/forecast")
  List<ForecastStep> forecast(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
    return forecasts.forecast(user, id);
  }
}
