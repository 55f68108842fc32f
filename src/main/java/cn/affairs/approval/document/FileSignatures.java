package cn.affairs.approval.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a file is, read from its bytes (its magic number, and for the container formats the parts
 * inside), not from the name the client gave it: a renamed executable is no PDF.
 */
final class FileSignatures {

  static final Map<String, String> CONTENT_TYPES =
      Map.of(
          "pdf", "application/pdf",
          "ofd", "application/ofd",
          "jpg", "image/jpeg",
          "png", "image/png",
          "doc", "application/msword",
          "xls", "application/vnd.ms-excel",
          "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };
  private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};
  private static final int MAX_ZIP_ENTRIES = 5000;

  private FileSignatures() {}

  /** The extension of a file name, lower case, {@code jpeg} read as {@code jpg}; "" when none. */
  static String extension(String name) {
    int dot = name == null ? -1 : name.lastIndexOf('.');
    if (dot < 0 || dot == name.length() - 1) {
      return "";
    }
    String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return ext.equals("jpeg") ? "jpg" : ext;
  }

  /**
   * The type the content shows ({@code pdf}, {@code ofd}, {@code jpg}, {@code png}, {@code doc},
   * {@code xls}, {@code docx}, {@code xlsx}), or null when it is none of these.
   */
  static String detect(Path file) throws IOException {
    byte[] head = new byte[8];
    int read;
    try (InputStream in = Files.newInputStream(file)) {
      read = in.readNBytes(head, 0, head.length);
    }
    if (startsWith(head, read, PDF)) {
      return "pdf";
    }
    if (startsWith(head, read, PNG)) {
      return "png";
    }
    if (startsWith(head, read, JPEG)) {
      return "jpg";
    }
    if (startsWith(head, read, OLE2)) {
      return oleKind(file);
    }
    if (startsWith(head, read, ZIP)) {
      return zipKind(file);
    }
    return null;
  }

  /**
   * An OLE2 compound file names its main stream: WordDocument for Word, Workbook (or Book) for
   * Excel.
   */
  private static String oleKind(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (contains(bytes, "WordDocument".getBytes(StandardCharsets.UTF_16LE))) {
      return "doc";
    }
    if (contains(bytes, "Workbook".getBytes(StandardCharsets.UTF_16LE))
        || contains(bytes, "Book".getBytes(StandardCharsets.UTF_16LE))) {
      return "xls";
    }
    return null;
  }

  /**
   * OOXML documents hold word/ or xl/ parts; an OFD package (GB/T 33190) holds OFD.xml at its root.
   */
  private static String zipKind(Path file) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
      ZipEntry entry;
      int entries = 0;
      while ((entry = zip.getNextEntry()) != null && entries++ < MAX_ZIP_ENTRIES) {
        String name = entry.getName();
        if (name.equals("word/document.xml")) {
          return "docx";
        }
        if (name.equals("xl/workbook.xml")) {
          return "xlsx";
        }
        if (name.equalsIgnoreCase("OFD.xml")) {
          return "ofd";
        }
      }
    } catch (IOException | IllegalArgumentException notAZip) {
      return null;
    }
    return null;
  }

  private static boolean startsWith(byte[] head, int read, byte[] signature) {
    if (read < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if (head[i] != signature[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
