package cn.affairs.approval.asset;

import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.org.Government;
import cn.affairs.approval.org.OrgMapper;
import cn.affairs.approval.org.Unit;
import cn.affairs.approval.web.ApiException;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read-only views of the asset register, so that applicants can find their asset codes and see what
 * the warehouse holds before they apply: {@code GET /api/assets[?unit=]} (a unit's assets in use or
 * idle; other units only for the deciding bodies of the same government and admins) and {@code GET
 * /api/assets/warehouse[?gov=]} (the warehouse of the user's government; another government only
 * for admins).
 */
@RestController
@RequestMapping("/api/assets")
class AssetController {

  /** A unit's assets, or a warehouse's: a line per category, then every card. */
  record Holdings(
      @JsonInclude(JsonInclude.Include.NON_NULL) Ref unit,
      @JsonInclude(JsonInclude.Include.NON_NULL) Ref government,
      List<CategoryLine> summary,
      List<Item> items) {}

  record Ref(String code, String name) {}

  /**
   * How many of a category; {@code available} (not moving in a pending case) for the warehouse
   * only.
   */
  record CategoryLine(
      String category,
      String label,
      int count,
      @JsonInclude(JsonInclude.Include.NON_NULL) Long available) {}

  record Item(
      String code,
      String category,
      String categoryLabel,
      String name,
      BigDecimal originalValue,
      LocalDate purchaseDate,
      String status,
      String statusLabel,
      String pendingCase) {}

  private final AssetMapper register;
  private final OrgMapper org;

  AssetController(AssetMapper register, OrgMapper org) {
    this.register = register;
    this.org = org;
  }

  @GetMapping
  @Transactional(readOnly = true)
  Holdings unitAssets(
      @AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String unit) {
    String code = unit == null || unit.isBlank() ? user.unitCode() : unit;
    Unit found = org.unit(code);
    if (found == null) {
      throw ApiException.notFound("单位 " + code + " 不存在");
    }
    boolean own = code.equals(user.unitCode());
    boolean overseer =
        user.isAdmin() || (user.seesWholeGovernment() && user.govCode().equals(found.govCode()));
    if (!own && !overseer) {
      throw ApiException.forbidden("无权查看其他单位的资产");
    }
    List<Asset> assets = register.heldBy(code);
    return new Holdings(
        new Ref(found.code(), found.name()), null, summary(assets, false), items(assets));
  }

  @GetMapping("/warehouse")
  @Transactional(readOnly = true)
  Holdings warehouse(
      @AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String gov) {
    String code = gov == null || gov.isBlank() ? user.govCode() : gov;
    Government government = org.government(code);
    if (government == null) {
      throw ApiException.notFound("政府 " + code + " 不存在");
    }
    if (!code.equals(user.govCode()) && !user.isAdmin()) {
      throw ApiException.forbidden("只能查看本级公物仓");
    }
    List<Asset> assets = register.warehouse(code);
    return new Holdings(
        null, new Ref(government.code(), government.name()), summary(assets, true), items(assets));
  }

  private List<CategoryLine> summary(List<Asset> assets, boolean withAvailable) {
    List<CategoryLine> summary = new ArrayList<>();
    for (AssetCategory category : AssetCategory.values()) {
      List<Asset> of = assets.stream().filter(a -> a.categoryEnum() == category).toList();
      if (!of.isEmpty()) {
        summary.add(
            new CategoryLine(
                category.name(),
                category.label(),
                of.size(),
                withAvailable ? of.stream().filter(a -> pendingCase(a) == null).count() : null));
      }
    }
    return summary;
  }

  private List<Item> items(List<Asset> assets) {
    return assets.stream()
        .map(
            a ->
                new Item(
                    a.code(),
                    a.category(),
                    a.categoryEnum().label(),
                    a.name(),
                    a.originalValue(),
                    a.purchaseDate(),
                    a.status(),
                    Asset.statusLabel(a.status()),
                    pendingCase(a)))
        .toList();
  }

  /**
   * The pending case moving the asset; a reservation left by a case that has ended does not count.
   */
  private String pendingCase(Asset asset) {
    return asset.reservedBy() == null ? null : register.pendingCase(asset.code());
  }
}
