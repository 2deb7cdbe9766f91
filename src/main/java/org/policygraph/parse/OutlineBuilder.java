package org.policygraph.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds the outline tree from numbering. Marker kinds rank in the customary order (第一章 > 第一条 > 一、 > （一） >
 * 1. > （1）); a section closes the open sections of its own or a lower rank, so "1." directly under "一、" nests
 * right and a "1.–5." list before the first "一、" does not swallow it. {@code level} is the depth in the tree.
 * A numbered paragraph's heading is its text up to the first 。; the rest becomes the section's first paragraph.
 */
final class OutlineBuilder {
    private final ClauseSplitter clauses = new ClauseSplitter();

    Outline build(List<Paragraph> paragraphs) {
        return buildFromJoined(paragraphs.stream().map(JoinedParagraph::of).toList());
    }

    Outline buildFromJoined(List<JoinedParagraph> paragraphs) {
        Set<String> paths = new HashSet<>();
        List<Paragraph> preamble = new ArrayList<>();
        OutlineNode root = new OutlineNode(Marker.Kind.CHAPTER, "", "", 0, 0);
        Deque<OutlineNode> open = new ArrayDeque<>();
        Box.Nodes nodes = nodes(root, paths);
        Box box = null;
        for (JoinedParagraph joined : paragraphs) {
            Paragraph paragraph = joined.paragraph();
            var boxLine = paragraph.cells().isEmpty() ? BoxLine.find(paragraph.text()) : Optional.<BoxLine>empty();
            if (boxLine.isPresent()) {
                if (box != null) {
                    box.close(open);
                }
                box = new Box(boxLine.get(), paragraph.line(), nodes);
                continue;
            }
            var marker = paragraph.cells().isEmpty() ? Marker.find(paragraph.text()) : Optional.<Marker>empty();
            if (marker.isEmpty()) {
                if (box != null && box.take(joined)) {
                    continue;
                }
                if (open.isEmpty()) {
                    preamble.add(paragraph);
                } else {
                    open.peek().paragraphs.add(joined);
                }
                continue;
            }
            if (box != null && !box.admits(marker.get(), paragraph.line(), open)) {
                box.close(open);
                box = null;
            }
            Marker.Kind kind = marker.get().kind();
            while (!open.isEmpty() && open.peek().kind.compareTo(kind) >= 0) {
                open.pop();
            }
            OutlineNode node = nodes.add(nodes.parentOf(open), kind, marker.get().number(), paragraph.line());
            splitHeading(joined, paragraph.text().length() - marker.get().rest().length(), node);
            open.push(node);
        }
        if (box != null) {
            box.close(open);
        }
        return new Outline(preamble, root.children.stream().map(n -> toSection(n, paths)).toList());
    }

    /** Sections are made under {@code root} (the document) with paths unique in {@code paths}. */
    private static Box.Nodes nodes(OutlineNode root, Set<String> paths) {
        return new Box.Nodes() {
            @Override
            public OutlineNode add(OutlineNode parent, Marker.Kind kind, String number, int line) {
                String path = parent == root ? number : parent.path + "/" + number;
                OutlineNode node = new OutlineNode(kind, number, unique(path, paths), parent.level + 1, line);
                parent.children.add(node);
                return node;
            }

            @Override
            public OutlineNode parentOf(Deque<OutlineNode> open) {
                return open.isEmpty() ? root : open.peek();
            }
        };
    }

    /** 「…。（市口岸办、郑州经济开发区管委会）」: the units belong to the sentence, not to a paragraph of their own. */
    private static final Pattern TRAILING_UNITS =
            Pattern.compile("\\s*[（(][^（）()]{2,300}[）)]\\s*[。；]?\\s*");

    private static void splitHeading(JoinedParagraph joined, int restStart, OutlineNode node) {
        String rest = joined.text().substring(restStart);
        int stop = rest.indexOf('。');
        if (stop >= 0 && TRAILING_UNITS.matcher(rest.substring(stop + 1)).matches()) {
            node.heading = rest.strip();
            return;
        }
        node.heading = (stop < 0 ? rest : rest.substring(0, stop)).strip().replaceAll("[；;，,、]+$", "");
        if (stop >= 0 && !rest.substring(stop + 1).isBlank()) {
            node.paragraphs.add(joined.from(restStart + stop + 1));
        }
    }

    private Section toSection(OutlineNode node, Set<String> paths) {
        List<Paragraph> own = new ArrayList<>();
        List<Section> children = new ArrayList<>();
        int done = 0;
        for (JoinedParagraph joined : node.paragraphs) {
            Paragraph paragraph = joined.paragraph();
            var items = paragraph.cells().isEmpty() ? clauses.clauses(paragraph.text(), done)
                    : List.<ClauseSplitter.Clause>of();
            done = items.isEmpty() && !paragraph.cells().isEmpty() ? done : done + items.size();
            if (items.isEmpty()) {
                own.add(paragraph);
                continue;
            }
            String lead = clauses.lead(paragraph.text());
            if (!lead.isEmpty()) {
                own.add(new Paragraph(lead, paragraph.line()));
            }
            for (ClauseSplitter.Clause item : items) {
                int line = joined.lineAt(item.start());
                children.add(new Section(item.number(), unique(node.path + "/" + item.number(), paths), item.heading(),
                        node.level + 1, line, List.of(new Paragraph(item.text(), line)), List.of()));
            }
        }
        node.children.forEach(child -> children.add(toSection(child, paths)));
        return new Section(node.number, node.path, node.heading, node.level, node.line, List.copyOf(own),
                List.copyOf(children));
    }

    private static String unique(String path, Set<String> paths) {
        String candidate = path;
        for (int n = 2; !paths.add(candidate); n++) {
            candidate = path + "#" + n;
        }
        return candidate;
    }
}
