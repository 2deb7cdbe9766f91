package org.policygraph.parse;

import java.util.List;

/**
 * One cleaned unit of running text: a sentence group joined from hard-wrapped lines, or one table row.
 * {@code line} is the 1-based line in the source file where it starts; {@code cells} is empty unless the
 * paragraph is a table row, in which case {@code text} reads "header：cell" pairs so that extraction sees
 * the same labels (牵头单位：… 完成时间：…) as in running text.
 */
public record Paragraph(String text, int line, List<String> cells) {
    public Paragraph(String text, int line) {
        this(text, line, List.of());
    }
}
