package org.policygraph.progress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.io.OutputStream;
import java.io.PrintStream;
import org.policygraph.App;
import org.policygraph.TestGraph;
import org.policygraph.graph.Neo4jStore;
import org.policygraph.ingest.CorpusFiles;
import org.policygraph.ingest.CorpusFiles.SourceFile;
import org.policygraph.ingest.DocumentFormats;
import org.policygraph.ingest.SampleFiles;
import org.policygraph.parse.CorpusParser;
import org.policygraph.parse.ParsedDocument;

/**
 * The progress report fixtures of src/test/resources/progress/: the table report is kept as TSV (title and header
 * lines marked #title/#header, a note after the table #note) and written as a real .docx here; the others are
 * used as they are.
 */
public final class ProgressFixtures {
    public static final Path DIR = Path.of("src/test/resources/progress");
    public static final String TABLE_REPORT = "approval-reform-2017-06.docx";
    public static final String LATER_REPORT = "approval-reform-2017-09.md";
    public static final String TEXT_REPORT = "industry-2017-h1.txt";
    /** A county plan whose tasks name their leaders (分管县领导), and a unit's report on it as a spreadsheet. */
    public static final Path LEADER_PLAN = Path.of("src/test/resources/real/docs/2024-nanling-gov-report-tasks.txt");
    public static final String LEADER_REPORT = "nanling-education-2024-06.xlsx";

    private static Neo4jStore imported;

    private ProgressFixtures() {
    }

    /**
     * One store per test JVM holding the shipped gazette (the two plans the reports follow) and the June table and
     * text reports, shared by the progress ITs; a test may add the later report (as of September), so readers that
     * must not see it ask as of an earlier date.
     */
    public static synchronized Neo4jStore importedStore() {
        if (imported == null) {
            imported = TestGraph.freshStore();
            Runtime.getRuntime().addShutdownHook(new Thread(imported::close));
            App.importer(imported).run(importedFiles(), new PrintStream(OutputStream.nullOutputStream()));
        }
        return imported;
    }

    /**
     * The files of {@link #importedStore()}: the gazette, the Word table report and the text report; the county
     * plan with leaders and its unit's spreadsheet report.
     */
    public static List<SourceFile> importedFiles() {
        List<SourceFile> files = new ArrayList<>(CorpusFiles.shipped().stream()
                .filter(f -> f.name().equals("2017-zhengzhou-gazette-march.txt")).toList());
        files.add(new SourceFile(TABLE_REPORT, tableReportDocx()));
        files.add(new SourceFile(TEXT_REPORT, read(DIR.resolve(TEXT_REPORT))));
        files.add(new SourceFile(LEADER_PLAN.getFileName().toString(), read(LEADER_PLAN)));
        files.add(new SourceFile(LEADER_REPORT, leaderReportXlsx()));
        return files;
    }

    /** The later report as the import takes it. */
    public static SourceFile laterReport() {
        return new SourceFile(LATER_REPORT, read(DIR.resolve(LATER_REPORT)));
    }

    /** The county unit's report as an XLSX sheet: title and header lines one cell each above the table. */
    public static byte[] leaderReportXlsx() {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            var sheet = book.createSheet("推进情况");
            int r = 0;
            for (String line : lines("nanling-education-2024-06.tsv")) {
                String[] cells = line.startsWith("#") ? new String[] {line.split("\t", 2)[1]} : line.split("\t", -1);
                var row = sheet.createRow(r++);
                for (int c = 0; c < cells.length; c++) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table report as a Word file: the header lines, the table, then the note. */
    public static byte[] tableReportDocx() {
        List<String> head = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        for (String line : lines("approval-reform-2017-06.tsv")) {
            String[] cells = line.split("\t", -1);
            switch (cells[0]) {
                case "#title", "#header" -> head.add(cells[1]);
                case "#note" -> notes.add(cells[1]);
                default -> table.add(List.of(cells));
            }
        }
        List<String> paragraphs = new ArrayList<>(head);
        paragraphs.addAll(notes);
        return SampleFiles.docx(paragraphs, table, head.size());
    }

    /** Writes the three reports into {@code dir} as the files an office would send. */
    public static Path write(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(TABLE_REPORT), tableReportDocx());
            Files.copy(DIR.resolve(LATER_REPORT), dir.resolve(LATER_REPORT));
            Files.copy(DIR.resolve(TEXT_REPORT), dir.resolve(TEXT_REPORT));
            Files.write(dir.resolve(LEADER_REPORT), leaderReportXlsx());
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture read and parsed the way the import reads it. */
    public static ParsedDocument parsed(String name) {
        byte[] content = name.equals(TABLE_REPORT) ? tableReportDocx() : name.equals(LEADER_REPORT) ? leaderReportXlsx()
                : read(DIR.resolve(name));
        String text = new DocumentFormats().text(name, content);
        return new CorpusParser().parse(name, text).get(0);
    }

    private static List<String> lines(String name) {
        return new String(read(DIR.resolve(name)), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
