package cn.affairs.approval.asset;

import cn.affairs.approval.application.FormOptions;
import cn.affairs.approval.application.FormOptionsSource;
import cn.affairs.approval.org.CurrentUser;
import cn.affairs.approval.org.OrgMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the asset form picks from: {@code unit-assets}, the applicant unit's assets in use or idle
 * that no pending case is moving (移交公物仓, 处置); {@code warehouse-stock}, the categories the
 * government's 公物仓 can give out now, with how many (调剂领用); {@code unit-asset-holdings}, what the
 * unit holds of each category against its cap as the allocation check counts them (shown beside the
 * form).
 */
@Configuration(proxyBeanMethods = false)
class AssetOptions {

  @Bean
  FormOptionsSource unitAssetOptions(AssetMapper register) {
    return new FormOptionsSource() {
      @Override
      public String source() {
        return "unit-assets";
      }

      @Override
      public FormOptions options(CurrentUser user, Map<String, String> parameters) {
        List<FormOptions.Option> options =
            register.heldBy(user.unitCode()).stream()
                .filter(a -> a.reservedBy() == null || register.pendingCase(a.code()) == null)
                .map(
                    a ->
                        new FormOptions.Option(
                            a.code(),
                            a.code() + " " + a.name(),
                            a.categoryEnum().label()
                                + " · "
                                + a.purchaseDate()
                                + " 购置 · "
                                + Asset.statusLabel(a.status()),
                            a.originalValue(),
                            "万元"))
                .toList();
        return new FormOptions(source(), options, List.of());
      }
    };
  }

  @Bean
  FormOptionsSource warehouseStockOptions(AssetMapper register) {
    return new FormOptionsSource() {
      @Override
      public String source() {
        return "warehouse-stock";
      }

      @Override
      public FormOptions options(CurrentUser user, Map<String, String> parameters) {
        List<FormOptions.Option> options = new ArrayList<>();
        for (AssetCategory category : AssetCategory.values()) {
          int available = register.warehouseAvailable(user.govCode(), category.name(), "").size();
          options.add(
              new FormOptions.Option(
                  category.name(),
                  category.label(),
                  available == 0 ? "公物仓暂无可调剂" : "公物仓可调剂 " + available,
                  BigDecimal.valueOf(available),
                  category.measure()));
        }
        return new FormOptions(source(), options, List.of());
      }
    };
  }

  @Bean
  FormOptionsSource unitAssetHoldings(
      AssetMapper register, OfficeEquipmentStandard standard, OrgMapper org) {
    return new FormOptionsSource() {
      @Override
      public String source() {
        return "unit-asset-holdings";
      }

      /**
       * Per category: the unit's items in use or idle, plus the warehouse items already allocated
       * to its pending cases, against the cap of the equipment standard for its staffing.
       */
      @Override
      public FormOptions options(CurrentUser user, Map<String, String> parameters) {
        String unit = user.unitCode();
        int staff = org.headcount(unit);
        List<FormOptions.Option> options = new ArrayList<>();
        for (AssetCategory category : AssetCategory.values()) {
          int held = register.countHeld(unit, category.name());
          int pending = register.countAllocatedToUnit(unit, category.name(), "");
          Optional<OfficeEquipmentStandard.Cap> cap = standard.cap(category, staff);
          options.add(
              new FormOptions.Option(
                  category.name(),
                  category.label(),
                  pending > 0 ? "含其他申请已调配待入账 " + pending + " " + category.measure() : null,
                  BigDecimal.valueOf(held + pending),
                  category.measure(),
                  cap.map(c -> BigDecimal.valueOf(c.quantity())).orElse(null),
                  cap.map(OfficeEquipmentStandard.Cap::formula).orElse("配置标准未规定数量上限")));
        }
        return new FormOptions(
            source(),
            options,
            List.of(new FormOptions.Figure("staff", "本单位编制", BigDecimal.valueOf(staff), "人")));
      }
    };
  }
}
