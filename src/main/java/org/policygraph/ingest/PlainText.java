package org.policygraph.ingest;

/** .txt and .md: the bytes decoded (UTF-8, GBK/GB18030 or UTF-16 with a byte-order mark), the lines as they are. */
final class PlainText implements FormatReader {
    private final TextDecoder decoder = new TextDecoder();

    @Override
    public String read(String fileName, byte[] content, ReadBudget budget) {
        String text = decoder.decode(fileName, content);
        budget.characters(text.length());
        text.lines().forEach(line -> budget.paragraph());
        return text;
    }
}
