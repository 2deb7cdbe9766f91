package org.policygraph.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a corpus file (UTF-8 or GBK; one document or a gazette of many) into cleaned, outlined documents.
 * Holds no per-call state: one instance can be shared. Throws {@link ParseException} (naming the file) for
 * unreadable, empty, binary or undecodable input.
 */
public final class CorpusParser {
    private final TextDecoder decoder = new TextDecoder();
    private final LineCleaner cleaner = new LineCleaner();
    private final GazetteSplitter splitter = new GazetteSplitter();
    private final HeaderReader headers = new HeaderReader();
    private final ParagraphJoiner joiner = new ParagraphJoiner(new TableReader(cleaner), new FlatTableReader(cleaner));
    private final OutlineBuilder outlines = new OutlineBuilder();
    private final JurisdictionReader jurisdictions = new JurisdictionReader();

    public List<ParsedDocument> parse(Path file) {
        String name = String.valueOf(file.getFileName());
        try {
            return parse(name, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ParseException("Cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    public List<ParsedDocument> parse(String sourceFileName, byte[] content) {
        String[] raw = decoder.decode(sourceFileName, content).split("\r\n|\r|\n", -1);
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
                sha256(String.join("\n", List.of(raw).subList(first - 1, last))), outline.preamble(), outline.sections());
    }

    /** The issuer, title, the lines of the header and the signature speak for the document; the body adds votes. */
    private Jurisdiction jurisdiction(DocumentHeader header, List<SourceLine> lines) {
        List<String> text = lines.stream().map(SourceLine::text).filter(t -> !t.isEmpty()).toList();
        List<String> header6 = new ArrayList<>(text.subList(0, Math.min(6, text.size())));
        header6.addAll(text.subList(Math.max(0, text.size() - 6), text.size()));
        header6.add(header.title() == null ? "" : header.title());
        return jurisdictions.read(header.issuer(), header6, String.join("\n", text));
    }

    private static String sha256(String text) {
        return Sha256.hex(text.getBytes(StandardCharsets.UTF_8));
    }
}
