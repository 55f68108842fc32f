package cn.affairs.approval.document;

import static org.assertj.core.api.Assertions.assertThat;

import cn.affairs.approval.testing.Multipart;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The type of a file is read from its bytes. */
class FileSignaturesTest {

  @TempDir Path dir;

  String detect(byte[] bytes) throws Exception {
    Path file = Files.write(dir.resolve("f"), bytes);
    return FileSignatures.detect(file);
  }

  static byte[] zip(String... entries) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String entry : entries) {
        zip.putNextEntry(new ZipEntry(entry));
        zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toByteArray();
  }

  static byte[] ole(String stream) {
    byte[] head = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    byte[] name = stream.getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[600];
    System.arraycopy(head, 0, bytes, 0, head.length);
    System.arraycopy(name, 0, bytes, 512, name.length);
    return bytes;
  }

  @Test
  void eachAcceptedKindIsRecognisedByItsContent() throws Exception {
    assertThat(detect(Multipart.pdf("x"))).isEqualTo("pdf");
    assertThat(detect(Multipart.png())).isEqualTo("png");
    assertThat(detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10}))
        .isEqualTo("jpg");
    assertThat(detect(Multipart.docx())).isEqualTo("docx");
    assertThat(detect(zip("[Content_Types].xml", "xl/workbook.xml"))).isEqualTo("xlsx");
    assertThat(detect(zip("OFD.xml", "Doc_0/Document.xml"))).isEqualTo("ofd");
    assertThat(detect(ole("WordDocument"))).isEqualTo("doc");
    assertThat(detect(ole("Workbook"))).isEqualTo("xls");
  }

  @Test
  void otherContentIsNone() throws Exception {
    assertThat(detect(new byte[] {'M', 'Z', 0, 0})).isNull();
    assertThat(detect(zip("readme.txt"))).isNull();
    assertThat(detect("PK\u0003\u0004 broken".getBytes(StandardCharsets.ISO_8859_1))).isNull();
    assertThat(detect(new byte[0])).isNull();
  }

  @Test
  void extensionsAreReadLowerCaseWithJpegAsJpg() {
    assertThat(FileSignatures.extension("报告.PDF")).isEqualTo("pdf");
    assertThat(FileSignatures.extension("照片.jpeg")).isEqualTo("jpg");
    assertThat(FileSignatures.extension("无扩展名")).isEmpty();
    assertThat(FileSignatures.extension("a.")).isEmpty();
  }
}
