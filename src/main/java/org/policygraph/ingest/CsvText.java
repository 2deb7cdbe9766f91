package org.policygraph.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * .csv (Commons CSV), as Excel and WPS save a sheet: UTF-8 (with or without a BOM) or GBK, comma-separated, or
 * TAB-separated when the first line has tabs and no commas. The rows are laid out like a workbook sheet's
 * ({@link SheetLayout}); a CSV keeps no merged cells, so a merged cell's text is in its first row only.
 */
final class CsvText implements FormatReader {
    private final TextDecoder decoder = new TextDecoder();

    @Override
    public String read(String fileName, byte[] content, ReadBudget budget) {
        String text = decoder.decode(fileName, content);
        budget.characters(text.length());
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.indexOf('\t') >= 0 && firstLine.indexOf(',') < 0 ? '\t' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        List<SheetLayout.SheetRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                budget.cells(record.size());
                rows.add(new SheetLayout.SheetRow(record.stream().limit(SheetCells.MAX_COLUMNS).toList()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw UnreadableFileException.broken(fileName, "a damaged CSV file: a quoted cell is not closed", e);
        }
        TextLines lines = new TextLines(budget);
        SheetLayout.write(rows, lines);
        if (lines.isEmpty()) {
            throw UnreadableFileException.broken(fileName, "the file holds no text");
        }
        return lines.text();
    }
}
