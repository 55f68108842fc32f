package cn.affairs.approval.document;

import cn.affairs.approval.application.ApplicationDetails;
import cn.affairs.approval.application.ApplicationView;
import cn.affairs.approval.application.FormField;
import cn.affairs.approval.application.ProcessFamilies;
import cn.affairs.approval.application.ProcessFamily;
import cn.affairs.approval.org.CurrentUser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 审批单: the approval form of a case as an A4 PDF for the archive — the unit, the request, every
 * decision with its approver, time and comment, the checks with their verdicts, the attachments —
 * set in Noto Sans SC, which comes in a jar with the application (no font installed on the server).
 */
@Component
class ApprovalFormPdf {

  /** The font file inside {@code ph-fonts-noto-sans-sc}. */
  static final String FONT = "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final float MARGIN = 56;
  private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

  private final ApplicationDetails applications;
  private final Attachments attachments;
  private final RequiredDocuments required;
  private final ProcessFamilies families;
  private final Clock clock;
  private volatile byte[] fontBytes;

  ApprovalFormPdf(
      ApplicationDetails applications,
      Attachments attachments,
      RequiredDocuments required,
      ProcessFamilies families,
      Clock clock) {
    this.applications = applications;
    this.attachments = attachments;
    this.required = required;
    this.families = families;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public byte[] render(CurrentUser user, String applicationId) {
    ApplicationView view = applications.detail(user, applicationId); // 404 / 403 as the detail
    List<Attachment> files = attachments.ofCase(applicationId);
    try (PDDocument document = new PDDocument()) {
      TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font()));
      Writer w =
          new Writer(document, PDType0Font.load(document, ttf, true), ttf.getUnicodeCmapLookup());
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle("审批单 " + view.id());
      info.setSubject(view.processName());
      write(w, view, files);
      w.finish(LocalDateTime.now(clock));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("审批单 " + applicationId + " could not be rendered", e);
    }
  }

  private void write(Writer w, ApplicationView view, List<Attachment> files) throws IOException {
    w.centered("机关事务审批单", 18);
    w.centered(view.processName(), 12);
    w.gap(8);
    w.field("申请编号", view.id());
    w.field("申请单位", view.unit().name() + "（" + view.unit().code() + "）");
    w.field("申请人", view.applicant().name());
    w.field("申请事项", view.title());
    w.field("提交时间", format(view.createdAt()));
    w.field(
        "审批状态",
        view.statusLabel()
            + (view.decidedAt() == null ? "" : "（" + format(view.decidedAt()) + "）"));

    w.heading("一、申请内容");
    ProcessFamily family = families.find(view.processKey()).orElse(null);
    if (family != null && view.form() != null) {
      for (FormField field : family.form().fields()) {
        JsonNode value = view.form().get(field.name());
        if (value != null && !value.isNull()) {
          w.field(field.label(), FormText.of(field, value));
        }
      }
    }

    w.heading("二、审批记录");
    int n = 0;
    for (ApplicationView.TimelineEntry e : view.timeline()) {
      n++;
      w.paragraph(
          n
              + ". "
              + e.step()
              + "　"
              + (e.user() == null ? e.userId() : e.user())
              + "　"
              + e.decisionLabel()
              + (e.override() ? "（超标准同意）" : "")
              + "　"
              + format(e.at()),
          10,
          0);
      if (e.comment() != null) {
        w.paragraph("意见：" + e.comment(), 10, 14);
      }
      if (e.form() != null && e.form().isObject() && family != null) {
        var stepForm = family.stepForm(e.stepKey());
        for (var f : e.form().properties()) {
          FormField field = stepForm.field(f.getKey());
          w.paragraph(
              (field == null ? f.getKey() : field.label())
                  + "："
                  + (field == null ? f.getValue().asText() : FormText.of(field, f.getValue())),
              10,
              14);
        }
      }
    }
    for (ApplicationView.Step step : view.currentSteps()) {
      w.paragraph(
          "待办："
              + step.name()
              + (step.assigneeName() == null ? "" : "（" + step.assigneeName() + "）"),
          10,
          0);
    }

    w.heading("三、标准审查");
    if (view.checks().isEmpty()) {
      w.paragraph("无", 10, 0);
    }
    for (ApplicationView.CheckView c : view.checks()) {
      w.paragraph(
          "【" + verdict(c.verdict().name()) + "】" + c.ruleName() + "：" + c.message(), 10, 0);
      if (c.basis() != null) {
        w.paragraph("依据：" + c.basis(), 9, 14);
      }
    }

    w.heading("四、附件");
    if (files.isEmpty()) {
      w.paragraph("无", 10, 0);
    }
    n = 0;
    for (Attachment a : files) {
      n++;
      w.paragraph(
          n
              + ". "
              + (a.documentType() == null
                  ? ""
                  : required.documentName(a.processKey(), a.documentType()) + "：")
              + a.name()
              + "（"
              + sizeText(a.sizeBytes())
              + "，"
              + (a.stepName() == null ? "提交申请" : a.stepName())
              + "，SHA-256 "
              + a.sha256().substring(0, 16)
              + "…）",
          10,
          0);
    }
    w.gap(24);
    w.paragraph("经办人（签字）：＿＿＿＿＿＿　　审批人（签字）：＿＿＿＿＿＿　　（盖章）　　年　月　日", 10, 0);
  }

  static String verdict(String verdict) {
    return switch (verdict) {
      case "PASS" -> "符合";
      case "WARN" -> "提示";
      case "FAIL" -> "不符合";
      case "NA", "NOT_APPLICABLE" -> "不适用";
      default -> verdict;
    };
  }

  private static String sizeText(long bytes) {
    return bytes >= 1024 * 1024
        ? String.format("%.1f MB", bytes / 1048576.0)
        : bytes >= 1024 ? String.format("%.0f KB", bytes / 1024.0) : bytes + " B";
  }

  private static String format(LocalDateTime at) {
    return at == null ? "" : TIME.format(at);
  }

  private byte[] font() throws IOException {
    byte[] bytes = fontBytes;
    if (bytes == null) {
      try (InputStream in = ApprovalFormPdf.class.getResourceAsStream(FONT)) {
        if (in == null) {
          throw new IOException(
              "font " + FONT + " is not on the classpath (dependency ph-fonts-noto-sans-sc)");
        }
        bytes = in.readAllBytes();
      }
      fontBytes = bytes;
    }
    return bytes;
  }

  /** Writes lines top-down, wrapping at the margin and starting a new page when one is full. */
  private static final class Writer {
    private final PDDocument document;
    private final PDType0Font font;
    private final CmapLookup cmap;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private float y;

    Writer(PDDocument document, PDType0Font font, CmapLookup cmap) throws IOException {
      this.document = document;
      this.font = font;
      this.cmap = cmap;
      newPage();
    }

    private void newPage() throws IOException {
      if (content != null) {
        content.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      pages.add(page);
      content = new PDPageContentStream(document, page);
      y = PDRectangle.A4.getHeight() - MARGIN;
    }

    /**
     * The text with every character the font lacks replaced, so that no user input breaks the PDF.
     */
    private String printable(String text) {
      StringBuilder out = new StringBuilder();
      text.replace('\t', ' ')
          .codePoints()
          .forEach(
              cp -> {
                if (cp == '\n' || (cp >= ' ' && cmap.getGlyphId(cp) > 0)) {
                  out.appendCodePoint(cp);
                } else if (cp >= ' ') {
                  out.append('?');
                }
              });
      return out.toString();
    }

    private float width(String text, float size) throws IOException {
      return font.getStringWidth(text) / 1000 * size;
    }

    private void line(String text, float size, float x) throws IOException {
      float height = size * 1.6f;
      if (y - height < MARGIN + 20) {
        newPage();
      }
      y -= height;
      content.beginText();
      content.setFont(font, size);
      content.newLineAtOffset(x, y);
      content.showText(text);
      content.endText();
    }

    void centered(String text, float size) throws IOException {
      String t = printable(text);
      line(t, size, MARGIN + (WIDTH - width(t, size)) / 2);
    }

    void heading(String text) throws IOException {
      gap(6);
      if (y - 60 < MARGIN + 20) {
        newPage(); // a heading starts a page rather than end one alone
      }
      line(printable(text), 12, MARGIN);
      content.setLineWidth(0.5f);
      content.moveTo(MARGIN, y - 4);
      content.lineTo(MARGIN + WIDTH, y - 4);
      content.stroke();
      gap(4);
    }

    void field(String label, String value) throws IOException {
      paragraph(label + "：" + (value == null ? "" : value), 10, 0);
    }

    /** A paragraph wrapped at the right margin, indented by {@code indent} points. */
    void paragraph(String text, float size, float indent) throws IOException {
      for (String part : printable(text).split("\n", -1)) {
        StringBuilder current = new StringBuilder();
        int[] cps = part.codePoints().toArray();
        for (int cp : cps) {
          String next = current.toString() + Character.toString(cp);
          if (width(next, size) > WIDTH - indent && current.length() > 0) {
            line(current.toString(), size, MARGIN + indent);
            current.setLength(0);
          }
          current.appendCodePoint(cp);
        }
        line(current.toString(), size, MARGIN + indent);
      }
    }

    void gap(float points) throws IOException {
      y -= points;
      if (y < MARGIN + 20) {
        newPage();
      }
    }

    /** Closes the last page and numbers every page in the footer. */
    void finish(LocalDateTime printedAt) throws IOException {
      content.close();
      int total = pages.size();
      for (int i = 0; i < total; i++) {
        try (PDPageContentStream footer =
            new PDPageContentStream(
                document, pages.get(i), PDPageContentStream.AppendMode.APPEND, true)) {
          String text = "第 " + (i + 1) + " 页 共 " + total + " 页　打印时间 " + TIME.format(printedAt);
          footer.beginText();
          footer.setFont(font, 8);
          footer.newLineAtOffset(MARGIN, MARGIN - 16);
          footer.showText(text);
          footer.endText();
        }
      }
    }
  }
}
