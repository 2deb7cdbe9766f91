package org.policygraph.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one way a file becomes text, for the import command, uploads and the shipped corpus: the reader is chosen by
 * the file's extension and checks that the content is what the extension says. Reads .txt .md .html .htm .docx
 * .doc .wps .pdf .xlsx .xls .et .csv .ofd, and by OCR ({@link PageOcr}) scanned PDF pages and .png .jpg .jpeg page
 * images; anything else is refused as an unsupported format, and a file of a known
 * format that is empty, broken or without text is refused as unreadable, both with a reason naming the file
 * ({@link UnreadableFileException}); a file that would cost more than its {@link ReadBudget} is refused as too large
 * ({@link FileTooCostlyException}).
 */
public final class DocumentFormats {
    /** The extensions read, in the order the README lists them. */
    public static final List<String> EXTENSIONS = List.of("txt", "md", "html", "htm", "docx", "doc", "wps", "pdf",
            "xlsx", "xls", "et", "csv", "ofd", "png", "jpg", "jpeg");
    private static final String READ = "the import reads .txt, .md, .html, .htm, .docx, .doc, .wps, .pdf, .xlsx, .xls,"
            + " .et, .csv, .ofd and page images .png, .jpg, .jpeg";
    private static final Map<String, String> ADVICE = Map.ofEntries(
            Map.entry("ods", "OpenDocument spreadsheets (.ods) are not read; save it as .xlsx"),
            Map.entry("odt", "OpenDocument text (.odt) is not read; save it as .docx"),
            Map.entry("rtf", "RTF is not read; save it as .docx or PDF"),
            Map.entry("ppt", "presentations are not read; " + READ),
            Map.entry("pptx", "presentations are not read; " + READ));
    private static final List<String> IMAGES = List.of("gif", "bmp", "tif", "tiff", "webp", "heic");

    private final FormatReader plain = new PlainText();
    private final FormatReader html = new HtmlText();
    private final FormatReader docx = new DocxText();
    private final FormatReader doc = new DocText();
    private final FormatReader pdf;
    private final FormatReader image;
    private final FormatReader workbook = new WorkbookText();
    private final FormatReader csv = new CsvText();
    private final FormatReader ofd = new OfdText();
    private final ReadBudget.Limits limits;

    /** The text a file gave and how many of its pages OCR read (0: none, all came from its text). */
    public record FileText(String text, int ocrPages) {
    }

    /** Every file read within {@link ReadBudget.Limits#DEFAULT}, OCR as PA_OCR says. */
    public DocumentFormats() {
        this(ReadBudget.Limits.DEFAULT);
    }

    public DocumentFormats(ReadBudget.Limits limits) {
        this(limits, PageOcr.fromEnv());
    }

    public DocumentFormats(ReadBudget.Limits limits, PageOcr ocr) {
        this.limits = limits;
        this.pdf = new PdfText(ocr);
        this.image = new ImageText(ocr);
    }

    /** The file's text, line by line, for {@link org.policygraph.parse.CorpusParser}. */
    public String text(String fileName, byte[] content) {
        return read(fileName, content).text();
    }

    /** The file's text and whether OCR read it. */
    public FileText read(String fileName, byte[] content) {
        FormatReader reader = reader(fileName);
        if (content == null || content.length == 0) {
            throw UnreadableFileException.broken(fileName, "the file is empty");
        }
        ReadBudget budget = new ReadBudget(fileName, limits);
        String text = reader.read(fileName, content, budget);
        if (text.isBlank()) {
            throw UnreadableFileException.broken(fileName, budget.ocrPages() > 0 ? "OCR found no text on its pages"
                    : "the file holds no text");
        }
        return new FileText(text, budget.ocrPages());
    }

    /** Whether the file's extension is one of those read (the content may still turn out unreadable). */
    public static boolean reads(String fileName) {
        return EXTENSIONS.contains(extension(fileName));
    }

    private FormatReader reader(String fileName) {
        String extension = extension(fileName);
        return switch (extension) {
            case "txt", "md" -> plain;
            case "html", "htm" -> html;
            case "docx" -> docx;
            case "doc", "wps" -> doc;
            case "pdf" -> pdf;
            case "xlsx", "xls", "et" -> workbook;
            case "csv" -> csv;
            case "ofd" -> ofd;
            case "png", "jpg", "jpeg" -> image;
            default -> throw UnreadableFileException.unsupported(fileName, unsupported(extension));
        };
    }

    private static String unsupported(String extension) {
        if (extension.isEmpty()) {
            return "a file without an extension is not read; " + READ;
        }
        if (IMAGES.contains(extension)) {
            return "images other than .png and .jpg are not read; " + READ;
        }
        return ADVICE.getOrDefault(extension, "the ." + extension + " format is not read; " + READ);
    }

    static String extension(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "");
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
