package org.policygraph.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the text of a corpus file (one document or a gazette of many; decoding and file formats are the ingest
 * stage's) into cleaned, outlined documents. Holds no per-call state: one instance can be shared. Throws
 * {@link ParseException} (naming the file) when no text is left.
 */
public final class CorpusParser {
    private final LineCleaner cleaner = new LineCleaner();
    private final GazetteSplitter splitter = new GazetteSplitter();
    private final HeaderReader headers = new HeaderReader();
    private final ParagraphJoiner joiner = new ParagraphJoiner(new TableReader(cleaner), new FlatTableReader(cleaner));
    private final OutlineBuilder outlines = new OutlineBuilder();
    private final JurisdictionReader jurisdictions = new JurisdictionReader();

    /** A UTF-8 text file (the shipped corpus, in tests); any other file goes through the ingest formats. */
    public List<ParsedDocument> parse(Path file) {
        String name = String.valueOf(file.getFileName());
        try {
            return parse(name, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ParseException("Cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /** The documents in {@code text}, the decoded text of the file {@code sourceFileName}, one line per line. */
    public List<ParsedDocument> parse(String sourceFileName, String text) {
        String[] raw = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r\n|\r|\n", -1);
        List<SourceLine> lines = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            lines.add(cleaner.clean(i + 1, raw[i]));
        }
        List<ParsedDocument> documents = new ArrayList<>();
        for (int[] range : splitter.split(lines)) {
            List<SourceLine> slice = lines.subList(range[0], range[1]);
            if (slice.stream().anyMatch(line -> !line.isBlank())) {
                documents.add(document(sourceFileName, documents.size() + 1, slice, raw));
            }
        }
        if (documents.isEmpty()) {
            throw new ParseException("No text in " + sourceFileName);
        }
        return documents;
    }

    private ParsedDocument document(String sourceFile, int ordinal, List<SourceLine> lines, String[] raw) {
        DocumentHeader header = headers.read(lines);
        Outline outline = outlines.buildFromJoined(joiner.joinWithLines(lines.subList(header.bodyStart(), lines.size())));
        int first = lines.stream().filter(l -> !l.isBlank()).findFirst().orElseThrow().number();
        int last = lines.stream().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElseThrow().number();
        String key = header.docNo() != null ? header.docNo() : sourceFile + "#" + ordinal;
        return new ParsedDocument(key, header.docNo(), header.title(), header.issuer(), header.issuedOn(),
                jurisdiction(header, lines), sourceFile, first, last,
                sha256(String.join("\n", List.of(raw).subList(first - 1, last))), outline.preamble(), outline.sections(),
                Attachments.in(lines));
    }

    /** The issuer, title, the lines of the header and the signature speak for the document; the body adds votes. */
    private Jurisdiction jurisdiction(DocumentHeader header, List<SourceLine> lines) {
        List<String> text = lines.stream().map(SourceLine::text).filter(t -> !t.isEmpty()).toList();
        List<String> authorities = new ArrayList<>(text.subList(0, Math.min(6, text.size())));
        authorities.addAll(text.subList(Math.max(0, text.size() - 6), text.size()));
        authorities.add(header.title() == null ? "" : header.title());
        return jurisdictions.read(header.issuer(), authorities, String.join("\n", text));
    }

    private static String sha256(String text) {
        return Sha256.hex(text.getBytes(StandardCharsets.UTF_8));
    }
}
