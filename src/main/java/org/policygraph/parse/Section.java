package org.policygraph.parse;

import java.util.List;

/**
 * A node of a document's outline, built from its numbering (一、 / （一） / 1. / （1） / 一是).
 * {@code number} is the marker as written, normalised ("一", "（一）", "1", "（1）", "一是");
 * {@code path} joins the numbers from the top ("三/（二）/1"), unique within the document;
 * {@code heading} is the heading text without its number (may be the whole first sentence for 一是 items).
 */
public record Section(String number, String path, String heading, int level, int line,
                      List<Paragraph> paragraphs, List<Section> children) {
}
