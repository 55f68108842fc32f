package cn.affairs.approval.standards;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.affairs.approval.AffairsApprovalApplication;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.io.FileSystemResource;

/** A wrong figure in the standards file fails the start, naming the figure's key. */
class StandardsFileTest {

  static Path file(String yaml) throws Exception {
    Path file = Files.createTempFile("standards", ".yml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aFigureThatIsNotANumberIsNamed() throws Exception {
    Path bad =
        file(
            """
        sections:
          - key: vehicleCaps
            name: 公务用车配备价格和排气量上限
            source: 《党政机关公务用车管理办法》(2017)
            figures:
              OTHER.price: 十八
        """);
    assertThatThrownBy(() -> new StandardsCatalogue(new FileSystemResource(bad)))
        .hasMessageContaining("vehicleCaps.OTHER.price")
        .hasMessageContaining("十八");
  }

  @Test
  void aSectionWithoutItsSourceIsRefused() throws Exception {
    Path bad =
        file(
            """
        sections:
          - key: vehicleRenewal
            name: 公务用车更新最低年限和里程
            figures:
              years: 8
        """);
    assertThatThrownBy(() -> new StandardsCatalogue(new FileSystemResource(bad)))
        .hasMessageContaining("vehicleRenewal")
        .hasMessageContaining("来源");
  }

  @Test
  void theApplicationDoesNotStartOnAWrongFigure() throws Exception {
    Path bad =
        file(
            Files.readString(Path.of("config/standards.yml"), StandardCharsets.UTF_8)
                .replace("taskDueWorkingDays: 5", "taskDueWorkingDays: -5"));
    assertThatThrownBy(
            () ->
                new SpringApplicationBuilder(AffairsApprovalApplication.class)
                    .run(
                        "--server.port=0",
                        "--spring.datasource.url=jdbc:h2:mem:bad-standards;MODE=MySQL;DATABASE_TO_LOWER=FALSE;"
                            + "CASE_INSENSITIVE_IDENTIFIERS=TRUE",
                        "--camunda.bpm.job-execution.enabled=false",
                        "--camunda.bpm.generate-unique-process-engine-name=true",
                        "--affairs.standards.location=file:" + bad))
        .rootCause()
        .hasMessageContaining("localPolicy.taskDueWorkingDays");
  }
}
