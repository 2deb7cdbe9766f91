package org.policygraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Files made to cost a reader far more than their size, built in the tests (nothing of megabytes is committed). */
public final class HostileFiles {
    private HostileFiles() {
    }

    /** About 2 MB: a real .docx whose word/document.xml holds 2.8 million tiny paragraphs (about 95 MB unpacked). */
    public static byte[] manyParagraphsDocx() {
        return withDocumentXml(SampleFiles.docx(SampleFiles.guangzhouLines(), null, 0), tinyParagraphs(2_800_000));
    }

    /** The shape: {@code <w:p><w:r><w:t>x</w:t></w:r></w:p>}, every third with one random letter. */
    private static XmlWriter tinyParagraphs(int count) {
        return out -> {
            Random random = new Random(28);
            out.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body>").getBytes(StandardCharsets.UTF_8));
            byte[] plain = "<w:p><w:r><w:t>x</w:t></w:r></w:p>".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < count; i++) {
                if (i % 3 == 0) {
                    out.write(("<w:p><w:r><w:t>" + (char) ('a' + random.nextInt(26)) + "</w:t></w:r></w:p>")
                            .getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(plain);
                }
            }
            out.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        };
    }

    interface XmlWriter {
        void write(OutputStream out) throws IOException;
    }

    /** A real .docx of POI with its word/document.xml replaced. */
    static byte[] withDocumentXml(byte[] docx, XmlWriter documentXml) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    documentXml.write(out);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
