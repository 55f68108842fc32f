package cn.affairs.approval.asset;

import cn.affairs.approval.application.FormOptions;
import cn.affairs.approval.application.FormOptionsSource;
import cn.affairs.approval.org.CurrentUser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the asset form picks from: {@code unit-assets}, the applicant unit's assets in use or idle
 * that no pending case is moving (移交公物仓, 处置); {@code warehouse-stock}, the categories the
 * government's 公物仓 can give out now, with how many (调剂领用).
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
}
