package org.policygraph.extract;

import java.util.ArrayList;
import java.util.List;

/** Splits text at clause punctuation (，；) outside brackets, so that 各县（市、区） stays whole. */
final class Clauses {
    private Clauses() {
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (char c : text.toCharArray()) {
            if (c == '（' || c == '(') {
                depth++;
            } else if ((c == '）' || c == ')') && depth > 0) {
                depth--;
            }
            if (depth == 0 && "，,；;。".indexOf(c) >= 0) {
                flush(out, current);
            } else {
                current.append(c);
            }
        }
        flush(out, current);
        return out;
    }

    private static void flush(List<String> out, StringBuilder current) {
        if (!current.toString().isBlank()) {
            out.add(current.toString().trim());
        }
        current.setLength(0);
    }
}
