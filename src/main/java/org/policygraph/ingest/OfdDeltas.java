package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An OFD DeltaX or DeltaY list: numbers separated by spaces, where "g N V" stands for N times V (GB/T 33190
 * 11.3). At most {@link #MAX} values, more than any text code has characters.
 */
final class OfdDeltas {
    static final int MAX = 100_000;

    private OfdDeltas() {
    }

    static List<Double> expand(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        String[] tokens = value.strip().split("\\s+");
        List<Double> deltas = new ArrayList<>();
        for (int i = 0; i < tokens.length && deltas.size() < MAX; i++) {
            if (tokens[i].equals("g") && i + 2 < tokens.length) {
                int count = (int) Math.min(parse(tokens[i + 1]), MAX - deltas.size());
                deltas.addAll(Collections.nCopies(Math.max(count, 0), parse(tokens[i + 2])));
                i += 2;
            } else {
                deltas.add(parse(tokens[i]));
            }
        }
        return deltas;
    }

    private static double parse(String token) {
        try {
            return Double.parseDouble(token);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
