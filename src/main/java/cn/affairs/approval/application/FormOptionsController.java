package cn.affairs.approval.application;

import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.org.Role;
import cn.affairs.approval.web.ApiException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/form-options/{source}?param=value}: the rows a register-backed form field offers
 * to the 经办人 filling the form, from the {@link FormOptionsSource} of that name.
 */
@RestController
class FormOptionsController {

  private final Map<String, FormOptionsSource> sources;

  FormOptionsController(List<FormOptionsSource> sources) {
    this.sources =
        sources.stream().collect(Collectors.toMap(FormOptionsSource::source, Function.identity()));
  }

  @GetMapping("/api/form-options/{source}")
  @Transactional(readOnly = true)
  FormOptions options(
      @AuthenticationPrincipal CurrentUser user,
      @PathVariable String source,
      @RequestParam Map<String, String> parameters) {
    FormOptionsSource found = sources.get(source);
    if (found == null) {
      throw ApiException.notFound("没有名为 " + source + " 的选项来源");
    }
    if (!user.has(Role.UNIT_STAFF)) {
      throw ApiException.forbidden("只有单位经办人填写申请时可以查看这些选项");
    }
    return found.options(user, parameters);
  }
}
