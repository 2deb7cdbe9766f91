package org.policygraph.parse;

import java.util.List;

/** A document body: paragraphs before the first numbered heading, then the numbered sections. */
record Outline(List<Paragraph> preamble, List<Section> sections) {
}
