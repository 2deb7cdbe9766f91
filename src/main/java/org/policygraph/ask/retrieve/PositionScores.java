package org.policygraph.ask.retrieve;

import java.util.Arrays;

/**
 * A score per task position for the few positions a question touches: open addressing over the positions seen, so
 * its size follows the postings walked, not the corpus (no array as long as the task list per question).
 */
final class PositionScores {
    private static final int EMPTY = -1;
    private int[] keys;
    private double[] values;
    private int size;

    PositionScores(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new int[capacity];
        values = new double[capacity];
        Arrays.fill(keys, EMPTY);
    }

    /** The score of a position, 0 when it was never set. */
    double get(int position) {
        int slot = slot(position);
        return keys[slot] == EMPTY ? 0 : values[slot];
    }

    boolean contains(int position) {
        return keys[slot(position)] != EMPTY;
    }

    /** Adds {@code value} to the position's score (a position first seen starts at 0). */
    void add(int position, double value) {
        int slot = slot(position);
        if (keys[slot] == EMPTY) {
            keys[slot] = position;
            size++;
            values[slot] = value;
            if (size * 2 > keys.length) {
                grow();
            }
            return;
        }
        values[slot] += value;
    }

    /** Sets the position's score. */
    void put(int position, double value) {
        int slot = slot(position);
        if (keys[slot] == EMPTY) {
            keys[slot] = position;
            values[slot] = value;
            if (++size * 2 > keys.length) {
                grow();
            }
            return;
        }
        values[slot] = value;
    }

    /** The positions held, ascending. */
    int[] positions() {
        int[] held = new int[size];
        int n = 0;
        for (int key : keys) {
            if (key != EMPTY) {
                held[n++] = key;
            }
        }
        Arrays.sort(held);
        return held;
    }

    int size() {
        return size;
    }

    private int slot(int position) {
        int mask = keys.length - 1;
        int hash = position * 0x9E3779B9;
        int slot = (hash ^ hash >>> 16) & mask;
        while (keys[slot] != EMPTY && keys[slot] != position) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        int[] oldKeys = keys;
        double[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new double[keys.length];
        Arrays.fill(keys, EMPTY);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }
}
