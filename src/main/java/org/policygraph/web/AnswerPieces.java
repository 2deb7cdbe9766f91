package org.policygraph.web;

import java.util.ArrayList;
import java.util.List;

/** Cuts an answer into short pieces for streaming, breaking after punctuation or a line end where it can. */
public final class AnswerPieces {
    private static final String BREAKS = "，。；：！？、,.;:!?\n";

    private AnswerPieces() {
    }

    public static List<String> split(String answer, int maxPiece) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i < answer.length(); ) {
            int codePoint = answer.codePointAt(i);
            piece.appendCodePoint(codePoint);
            i += Character.charCount(codePoint);
            if (BREAKS.indexOf(codePoint) >= 0 || piece.length() >= maxPiece) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
        }
        if (!piece.isEmpty()) {
            pieces.add(piece.toString());
        }
        return pieces;
    }
}
