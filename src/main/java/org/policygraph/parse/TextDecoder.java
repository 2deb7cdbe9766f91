package org.policygraph.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns file bytes into text: strict UTF-8 first, then strict GBK; anything else is reported. */
final class TextDecoder {
    private static final Charset GBK = Charset.forName("GBK");

    String decode(String sourceFile, byte[] content) {
        if (content == null || content.length == 0) {
            throw new ParseException("Empty file: " + sourceFile);
        }
        if (looksBinary(content)) {
            throw new ParseException("Binary file, not text: " + sourceFile);
        }
        String text = strictDecode(content, StandardCharsets.UTF_8);
        if (text == null) {
            text = strictDecode(content, GBK);
        }
        if (text == null) {
            throw new ParseException("Neither UTF-8 nor GBK text: " + sourceFile);
        }
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (text.isBlank()) {
            throw new ParseException("Empty file: " + sourceFile);
        }
        return text;
    }

    private static boolean looksBinary(byte[] content) {
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

    private static String strictDecode(byte[] content, Charset charset) {
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
