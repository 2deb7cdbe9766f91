package org.policygraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** What a file's first bytes say it is, whatever its name: the content half of format detection. */
final class FileSignature {
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final int PDF_HEADER_WINDOW = 1024;

    private FileSignature() {
    }

    static boolean isPdf(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, PDF_HEADER_WINDOW), StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-");
    }

    static boolean isZip(byte[] content) {
        return startsWith(content, ZIP);
    }

    static boolean isOle2(byte[] content) {
        return startsWith(content, OLE2);
    }

    /** Whether the zip archive holds an entry of that name (false for a damaged archive). */
    static boolean zipHolds(byte[] content, String entryName) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(entryName)) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** "a PDF", "a PNG image", …, or null when the first bytes name no format we know. */
    static String describe(byte[] content) {
        if (isPdf(content)) {
            return "a PDF";
        }
        if (isOle2(content)) {
            return "an old Office file (.doc, .xls, .wps) or a password-protected Office file";
        }
        if (isZip(content)) {
            return zipHolds(content, "word/document.xml") ? "a Word .docx"
                    : zipHolds(content, "OFD.xml") ? "an OFD document" : "a zip archive";
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G'})) {
            return "a PNG image";
        }
        if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "a JPEG image";
        }
        String head = new String(content, 0, Math.min(content.length, 8), StandardCharsets.ISO_8859_1);
        if (head.startsWith("GIF8")) {
            return "a GIF image";
        }
        if (head.startsWith("II*\0") || head.startsWith("MM\0*")) {
            return "a TIFF image";
        }
        if (head.startsWith("Rar!") || head.startsWith("7z\u00BC\u00AF")) {
            return "a RAR or 7z archive";
        }
        return head.startsWith("{\\rtf") ? "an RTF file" : null;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
