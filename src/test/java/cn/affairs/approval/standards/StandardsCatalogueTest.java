package cn.affairs.approval.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.affairs.approval.testing.AffairsTest;
import cn.affairs.approval.testing.ApiClient;
import cn.affairs.approval.testing.ApiClient.Response;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@AffairsTest
class StandardsCatalogueTest {

  @Autowired StandardsCatalogue catalogue;
  @LocalServerPort int port;

  @Test
  void figuresCarryTheirSourceAndLocalPolicyIsMarked() {
    assertThat(catalogue.value("officeRoomArea.PROVINCE.正厅局级")).isEqualByComparingTo("30");
    assertThat(catalogue.value("officeRoomArea.COUNTY.科级以下")).isEqualByComparingTo("9");
    assertThat(catalogue.figure("officeRoomArea.CITY.正局处级").source()).contains("发改投资〔2014〕2674号");
    assertThat(catalogue.figure("officeRoomArea.CITY.正局处级").localPolicy()).isFalse();
    assertThat(catalogue.figure("localPolicy.drcFinanceOpinionCost").localPolicy()).isTrue();
    assertThat(catalogue.figure("localPolicy.drcFinanceOpinionCost").sourceLabel())
        .startsWith("本级规定");
    assertThat(catalogue.figure("vehicleCaps.SPECIAL.price").localPolicy()).isTrue();
    assertThat(catalogue.figure("vehicleCaps.CONFIDENTIAL.price").localPolicy()).isFalse();
    assertThat(catalogue.value("planChange.emergencyFilingWorkingDays")).isEqualByComparingTo("15");
    // 国办发〔2019〕55号 binds central budget units: for 省、市、县 its limits are 本级规定; the works
    // tendering threshold of 发改委令第16号 is national
    assertThat(catalogue.figure("procurement.decentralisedGoodsServices").localPolicy()).isTrue();
    assertThat(catalogue.figure("procurement.decentralisedWorks").localPolicy()).isTrue();
    assertThat(catalogue.figure("procurement.publicTenderGoodsServices").localPolicy()).isTrue();
    assertThat(catalogue.figure("procurement.publicTenderWorks").localPolicy()).isFalse();
    assertThatThrownBy(() -> catalogue.value("officeRoomArea.PROVINCE.科员"))
        .isInstanceOf(IllegalStateException.class);
    for (StandardsCatalogue.Figure f : catalogue.all()) {
      assertThat(f.source()).as(f.section() + "." + f.key()).isNotBlank();
    }
  }

  @Test
  void theCatalogueIsServed() {
    Response served = new ApiClient(port).as("sx-reviewer").get("/api/standards");
    assertThat(served.status()).isEqualTo(200);
    JsonNode repairInterval = null;
    for (JsonNode f : served.body()) {
      if (f.get("key").asText().equals("localPolicy.repairMinIntervalYears")) {
        repairInterval = f;
      }
    }
    assertThat(repairInterval.get("value").asInt()).isEqualTo(15);
    assertThat(repairInterval.get("localPolicy").asBoolean()).isTrue();
    assertThat(repairInterval.get("source").asText()).isEqualTo("本级规定（可配置）");
  }
}
