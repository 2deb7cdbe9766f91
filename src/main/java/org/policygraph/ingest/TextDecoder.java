package org.policygraph.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns text file bytes into text: the charset of a byte-order mark, else strict UTF-8, else strict GB18030 (the
 * superset of GBK and GB2312 that Chinese government sites and Windows editors write); anything else is refused.
 */
final class TextDecoder {
    static final Charset GB18030 = Charset.forName("GB18030");

    /** The text of a plain text file; refuses binary content, naming what it looks like. */
    String decode(String fileName, byte[] content) {
        String text = withByteOrderMark(content);
        if (text == null) {
            String kind = FileSignature.describe(content);
            if (looksBinary(content)) {
                throw UnreadableFileException.broken(fileName, "not text but " + (kind == null ? "binary data" : kind));
            }
            if (kind != null) {
                throw UnreadableFileException.broken(fileName, "it begins like " + kind + ", not like a text document");
            }
            text = strictOrFallback(content);
        }
        if (text == null) {
            throw UnreadableFileException.broken(fileName, "neither UTF-8 nor GBK/GB18030 text");
        }
        return text;
    }

    /** Strict UTF-8, else strict GB18030, else null. */
    static String strictOrFallback(byte[] content) {
        String text = strict(content, StandardCharsets.UTF_8);
        return text != null ? text : strict(content, GB18030);
    }

    /** The text after a UTF-8 or UTF-16 byte-order mark, or null when there is none. */
    static String withByteOrderMark(byte[] content) {
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
            return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
        }
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
        }
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
        }
        return null;
    }

    static boolean looksBinary(byte[] content) {
        int controls = 0;
        for (byte b : content) {
            if (b == 0) {
                return true;
            }
            if (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        return controls > content.length / 100 + 2;
    }

    static String strict(byte[] content, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
