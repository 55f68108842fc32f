package cn.affairs.approval.vehicle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LicencePlateTest {

  @ParameterizedTest
  @CsvSource({
    "晋A·J0001, 晋A·J0001",
    "晋AJ0001, 晋A·J0001",
    "晋aj0001, 晋A·J0001",
    "' 晋A J0001 ', 晋A·J0001",
    "晋A.J0001, 晋A·J0001",
    "晋AD12345, 晋A·D12345",
    "晋A1234警, 晋A·1234警",
  })
  void writingsOfOnePlateBecomeOne(String text, String canonical) {
    assertThat(LicencePlate.canonical(text)).isEqualTo(canonical);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "J0001", "晋A·J01", "晋A·J00001234", "AB·J0001", "晋·J0001"})
  void otherTextIsNotAPlate(String text) {
    assertThat(LicencePlate.canonical(text)).isNull();
  }
}
