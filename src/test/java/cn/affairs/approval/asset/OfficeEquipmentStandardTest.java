package cn.affairs.approval.asset;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.standards.StandardsCatalogue;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.FileSystemResource;

/** The caps of 财资〔2016〕27号 as config/standards.yml states them. */
class OfficeEquipmentStandardTest {

  final OfficeEquipmentStandard standard =
      new OfficeEquipmentStandard(
          new StandardsCatalogue(new FileSystemResource("config/standards.yml")));

  int cap(AssetCategory category, int staff) {
    return standard.cap(category, staff).orElseThrow().quantity();
  }

  @Test
  void desktopsOnePerStaff() {
    assertThat(cap(AssetCategory.DESKTOP, 72)).isEqualTo(72);
    assertThat(cap(AssetCategory.DESKTOP, 1)).isEqualTo(1);
  }

  @Test
  void laptopsHalfPerStaffRoundedDown() {
    assertThat(cap(AssetCategory.LAPTOP, 72)).isEqualTo(36);
    assertThat(cap(AssetCategory.LAPTOP, 73)).isEqualTo(36);
    assertThat(cap(AssetCategory.LAPTOP, 74)).isEqualTo(37);
  }

  @Test
  void copiersOnePerStartedTwentyUpToOneHundredThenPerStartedThirty() {
    assertThat(cap(AssetCategory.COPIER, 5)).isEqualTo(1);
    assertThat(cap(AssetCategory.COPIER, 20)).isEqualTo(1);
    assertThat(cap(AssetCategory.COPIER, 21)).isEqualTo(2);
    assertThat(cap(AssetCategory.COPIER, 72)).isEqualTo(4);
    assertThat(cap(AssetCategory.COPIER, 100)).isEqualTo(5);
    assertThat(cap(AssetCategory.COPIER, 101)).isEqualTo(6);
    assertThat(cap(AssetCategory.COPIER, 130)).isEqualTo(6);
    assertThat(cap(AssetCategory.COPIER, 131)).isEqualTo(7);
    assertThat(standard.cap(AssetCategory.COPIER, 131).orElseThrow().formula())
        .isEqualTo("编制 131 人，100 人以内每 20 人 1 台、超过 100 人的部分每 30 人 1 台");
  }

  @Test
  void printersAreCappedAtEightyPercentOfTheStaffRoundedDown() {
    assertThat(cap(AssetCategory.PRINTER_A4_MONO, 72)).isEqualTo(57);
    assertThat(cap(AssetCategory.PRINTER_A4_MONO, 5)).isEqualTo(4);
    assertThat(cap(AssetCategory.PRINTER_A4_MONO, 1)).isZero();
    assertThat(standard.cap(AssetCategory.PRINTER_A4_MONO, 72).orElseThrow().formula())
        .isEqualTo("编制 72 人 × 0.8 台/人");
  }

  @Test
  void desksAndFileCabinetsOnePerStaff() {
    assertThat(cap(AssetCategory.DESK, 72)).isEqualTo(72);
    assertThat(cap(AssetCategory.FILE_CABINET, 72)).isEqualTo(72);
    assertThat(standard.cap(AssetCategory.FILE_CABINET, 72).orElseThrow().formula())
        .isEqualTo("编制 72 人 × 1 组/人");
  }

  @Test
  void minimumServiceLives() {
    assertThat(standard.minLifeYears(AssetCategory.DESKTOP)).isEqualTo(6);
    assertThat(standard.minLifeYears(AssetCategory.COPIER)).isEqualTo(6);
    assertThat(standard.minLifeYears(AssetCategory.DESK)).isEqualTo(15);
    assertThat(standard.minLifeYears(AssetCategory.FILE_CABINET)).isEqualTo(20);
  }
}
