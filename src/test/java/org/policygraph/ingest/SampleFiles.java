package org.policygraph.ingest;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.policygraph.extract.DepartmentDictionary;
import org.policygraph.extract.Extractor;
import org.policygraph.extract.Task;
import org.policygraph.parse.CorpusParser;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Real files built in the tests: an HTML page and a .docx (POI) with one paragraph per line of a plan, a task
 * table in both, and a PDF printed from the HTML by headless Chromium, with Chromium's own running header (date
 * and title) and footer (file address and page numbers).
 */
public final class SampleFiles {
    public static final Path GUANGZHOU = Path.of("src/test/resources/docs/2012-guangzhou-livelihood-happiness.txt");
    /** A task division table as Chinese work plans print it: 序号 / 重点任务 / 牵头单位 / 配合单位 / 完成时限. */
    public static final List<List<String>> TASK_TABLE = List.of(
            List.of("序号", "重点任务", "牵头单位", "配合单位", "完成时限"),
            List.of("1", "编制全市重大项目年度投资计划，建立项目储备库", "市发展改革委", "市财政局、市统计局", "2024年3月底前"),
            List.of("2", "设立市级产业发展引导基金，规模达到50亿元", "市财政局", "市发展改革委、市工业和信息化局", "2024年6月底前"),
            List.of("3", "推进政务服务“一网通办”，实现高频事项全程网办", "市政务服务数据管理局", "市司法局、市发展改革委", "2024年12月底前"),
            List.of("4", "开展重点企业用工保障专项行动", "市人力资源和社会保障局", "市教育局、市科技局", "2024年9月底前"));
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final FileExtraction EXTRACTION = new FileExtraction(new CorpusParser(),
            new Extractor(DepartmentDictionary.load()));

    private SampleFiles() {
    }

    /** The tasks of a file through the real formats, parser and extractor (with the shipped dictionary). */
    public static List<Task> tasks(String fileName, byte[] content) {
        return EXTRACTION.of(new CorpusFiles.SourceFile(fileName, content)).stream()
                .flatMap(d -> d.tasks().stream()).toList();
    }

    public static List<String> guangzhouLines() {
        try {
            return Files.readAllLines(GUANGZHOU, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An HTML page with each line as a {@code <p>}, and the table (if any) after the line {@code tableAfter}. */
    public static String html(String title, List<String> lines, List<List<String>> table, int tableAfter) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("_广州市人民政府门户网站</title>\n<style>body{font-family:'Noto Serif CJK SC',serif}</style>\n"
                        + "<script>var tracker = '统计代码';</script></head>\n<body>\n<nav><a href=\"/\">首页</a> &gt; <a href=\"/zwgk\">政务公开</a></nav>\n"
                        + "<div class=\"article\">\n");
        for (int i = 0; i < lines.size(); i++) {
            html.append("<p>").append(escape(lines.get(i))).append("</p>\n");
            if (i + 1 == tableAfter && table != null) {
                html.append(htmlTable(table));
            }
        }
        return html.append("</div>\n<footer>主办：广州市人民政府办公厅 版权所有</footer>\n</body></html>\n").toString();
    }

    static String htmlTable(List<List<String>> rows) {
        StringBuilder html = new StringBuilder("<table border=\"1\">\n");
        for (int r = 0; r < rows.size(); r++) {
            html.append("<tr>");
            for (String cell : rows.get(r)) {
                String tag = r == 0 ? "th" : "td";
                html.append('<').append(tag).append('>').append(escape(cell)).append("</").append(tag).append('>');
            }
            html.append("</tr>\n");
        }
        return html.append("</table>\n").toString();
    }

    /** A .docx with each line as a paragraph, and the table (if any) after the line {@code tableAfter}. */
    public static byte[] docx(List<String> lines, List<List<String>> table, int tableAfter) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < lines.size(); i++) {
                document.createParagraph().createRun().setText(lines.get(i));
                if (i + 1 == tableAfter && table != null) {
                    docxTable(document, table);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void docxTable(XWPFDocument document, List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            for (int c = 0; c < rows.get(r).size(); c++) {
                row.getCell(c).setText(rows.get(r).get(c));
            }
        }
    }

    /** The page printed to PDF by headless Chromium, with its default header and footer. */
    public static byte[] pdf(String html, Path dir) {
        try {
            Path page = dir.resolve("page.html");
            Path pdf = dir.resolve("page.pdf");
            Files.writeString(page, html, StandardCharsets.UTF_8);
            Path profile = Files.createTempDirectory(dir, "chromium-profile");
            Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                    "--print-to-pdf=" + pdf, page.toUri().toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
            if (!chromium.waitFor(120, TimeUnit.SECONDS)) {
                chromium.destroyForcibly();
                throw new IllegalStateException("Chromium did not print " + page + " within 2 minutes");
            }
            if (!Files.exists(pdf)) {
                throw new IllegalStateException("Chromium printed nothing: " + Files.readString(dir.resolve("chromium.log")));
            }
            return Files.readAllBytes(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A file the import must refuse, with the words its reason must contain; {@code unsupported}: 415 rather than 400. */
    public record BadFile(String name, byte[] content, boolean unsupported, String reason) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Every kind of file the import refuses: formats not read, and broken, empty or textless files of those read. */
    public static List<BadFile> badFiles() {
        byte[] text = "郑州市人民政府办公厅关于印发工作方案的通知".getBytes(StandardCharsets.UTF_8);
        byte[] random = new byte[2048];
        new java.util.Random(7).nextBytes(random);
        List<BadFile> files = new ArrayList<>(BadOfficeFiles.all());
        files.addAll(List.of(
                new BadFile("工作方案.doc", text, false, "not a Word .doc file"),
                new BadFile("工作方案.wps", text, false, "not a Word .doc file"),
                new BadFile("工作方案.ofd", text, false, "not an OFD document"),
                new BadFile("任务分解表.xls", text, false, "not an Excel workbook"),
                new BadFile("任务分解表.et", random, false, "not an Excel workbook"),
                new BadFile("扫描件.png", png(), false, "too small to show a page of text"),
                new BadFile("扫描件.jpg", random, false, "not a PNG or JPEG image"),
                new BadFile("动图.gif", png(), true, "images other than .png and .jpg are not read"),
                new BadFile("材料.zip", zip("readme.txt"), true, "the .zip format is not read"),
                new BadFile("README", text, true, "without an extension"),
                new BadFile("空白.txt", new byte[0], false, "the file is empty"),
                new BadFile("空白.docx", new byte[0], false, "the file is empty"),
                new BadFile("空白.pdf", new byte[0], false, "the file is empty"),
                new BadFile("空白.html", new byte[0], false, "the file is empty"),
                new BadFile("只有空格.txt", " \n\u3000\n".getBytes(StandardCharsets.UTF_8), false, "holds no text"),
                new BadFile("压缩包.docx", zip("readme.txt"), false, "without word/document.xml"),
                new BadFile("乱码.docx", random, false, "not a Word .docx file"),
                new BadFile("其实是PDF.docx", pdfWithText(null, true), false, "not a Word .docx file but a PDF"),
                new BadFile("乱码.pdf", random, false, "not a PDF"),
                new BadFile("截断.pdf", "%PDF-1.7\n1 0 obj\n<< /Type /Catalog".getBytes(StandardCharsets.ISO_8859_1), false, "PDF"),
                new BadFile("加密.pdf", pdfWithText("secret", true), false, "needs a password"),
                new BadFile("禁止复制.pdf", pdfWithText("", false), false, "forbid copying"),
                new BadFile("只有小图.pdf", imageOnlyPdf(), false, "without a text layer and without page images"),
                new BadFile("空页面.html", ("<html><head><title>首页</title><script>var a = '统计';</script></head>"
                        + "<body><nav>首页 政务公开</nav><footer>版权所有</footer></body></html>").getBytes(StandardCharsets.UTF_8),
                        false, "holds no text"),
                new BadFile("图片.html", png(), false, "not an HTML page but a PNG image"),
                new BadFile("图片.txt", png(), false, "not text but a PNG image"),
                new BadFile("图片.csv", png(), false, "not text but a PNG image")));
        return files;
    }

    /** A one-page PDF with a line of text; with a user password (null: none) or with copying forbidden. */
    public static byte[] pdfWithText(String userPassword, boolean mayCopy) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("Work plan of the city government for 2024.");
                content.endText();
            }
            if (userPassword != null) {
                AccessPermission permission = new AccessPermission();
                permission.setCanExtractContent(mayCopy);
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, permission);
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A scanned page: an image and no text. */
    public static byte[] imageOnlyPdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = scan.createGraphics();
            g.fillRect(20, 20, 160, 10);
            g.dispose();
            PDImageXObject image = LosslessFactory.createFromImage(document, scan);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 72, 500, 400, 200);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] zip(String entry) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] png() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
