package cn.affairs.approval.asset;

import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.org.Government;
import cn.affairs.approval.org.OrgMapper;
import cn.affairs.approval.org.Unit;
import cn.affairs.approval.web.ApiException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read-only views of the asset register, so that applicants can find their asset codes and see
 * what the warehouse holds before they apply:
 * {@code GET /api/assets[?unit=]} (a unit's assets in use or idle; other units only for the
 * deciding bodies of the same government and admins) and {@code GET /api/assets/warehouse[?gov=]}
 * (the warehouse of the user's government; another government only for admins).
 */
@RestController
@RequestMapping("/api/assets")
class AssetController {

  private final AssetMapper register;
  private final OrgMapper org;

  AssetController(AssetMapper register, OrgMapper org) {
    this.register = register;
    this.org = org;
  }

  @GetMapping
  @Transactional(readOnly = true)
  Map<String, Object> unitAssets(@AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false) String unit) {
    String code = unit == null || unit.isBlank() ? user.unitCode() : unit;
    Unit found = org.unit(code);
    if (found == null) {
      throw ApiException.notFound("单位 " + code + " 不存在");
    }
    boolean own = code.equals(user.unitCode());
    boolean overseer = user.isAdmin() || (user.seesWholeGovernment() && user.govCode().equals(found.govCode()));
    if (!own && !overseer) {
      throw ApiException.forbidden("无权查看其他单位的资产");
    }
    List<Asset> assets = register.heldBy(code);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("unit", Map.of("code", found.code(), "name", found.name()));
    result.put("summary", summary(assets, false));
    result.put("items", items(assets));
    return result;
  }

  @GetMapping("/warehouse")
  @Transactional(readOnly = true)
  Map<String, Object> warehouse(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String gov) {
    String code = gov == null || gov.isBlank() ? user.govCode() : gov;
    Government government = org.government(code);
    if (government == null) {
      throw ApiException.notFound("政府 " + code + " 不存在");
    }
    if (!code.equals(user.govCode()) && !user.isAdmin()) {
      throw ApiException.forbidden("只能查看本级公物仓");
    }
    List<Asset> assets = register.warehouse(code);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("government", Map.of("code", government.code(), "name", government.name()));
    result.put("summary", summary(assets, true));
    result.put("items", items(assets));
    return result;
  }

  private List<Map<String, Object>> summary(List<Asset> assets, boolean withAvailable) {
    List<Map<String, Object>> summary = new ArrayList<>();
    for (AssetCategory category : AssetCategory.values()) {
      List<Asset> of = assets.stream().filter(a -> a.categoryEnum() == category).toList();
      if (of.isEmpty()) {
        continue;
      }
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("category", category.name());
      line.put("label", category.label());
      line.put("count", of.size());
      if (withAvailable) {
        line.put("available", of.stream().filter(a -> pendingCase(a) == null).count());
      }
      summary.add(line);
    }
    return summary;
  }

  private List<Map<String, Object>> items(List<Asset> assets) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (Asset a : assets) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("code", a.code());
      item.put("category", a.category());
      item.put("categoryLabel", a.categoryEnum().label());
      item.put("name", a.name());
      item.put("originalValue", a.originalValue());
      item.put("purchaseDate", a.purchaseDate());
      item.put("status", a.status());
      item.put("statusLabel", Asset.statusLabel(a.status()));
      item.put("pendingCase", pendingCase(a));
      items.add(item);
    }
    return items;
  }

  /** The pending case moving the asset; a reservation left by a case that has ended does not count. */
  private String pendingCase(Asset asset) {
    return asset.reservedBy() == null ? null : register.pendingCase(asset.code());
  }
}
