package org.policygraph.ingest;

/** .txt and .md: the bytes decoded (UTF-8, GBK/GB18030 or UTF-16 with a byte-order mark), the lines as they are. */
final class PlainText implements FormatReader {
    private final TextDecoder decoder = new TextDecoder();

    @Override
    public String read(String fileName, byte[] content) {
        return decoder.decode(fileName, content);
    }
}
