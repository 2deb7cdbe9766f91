package org.policygraph.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An open box of a plan (「专栏 7」 and what follows it) while the outline is built. The box becomes a section titled
 * by the text after its colon, or else by the short label lines before its first item (「重大文化\n产业项目」). It is
 * placed when its first numbered item arrives (of the lowest numbering open or lower, numbered 1, or not beyond the
 * outer list when the list began in a table of the box; not after a paragraph of the box's own, see prose()):
 * where that item would be, under its section. Its items are
 * its children; a label followed by a numbering restarted at 1 opens a sub-section of the box titled by the label.
 * The box ends at a higher heading, at the next box line, and at an item of its numbering that neither continues nor
 * restarts its list but goes beyond the outer list it interrupted (「4. 推进特色文化产业发展」, 「5. …」 after a box of
 * 11 and of 3 items): that item is the outer one. A box without items (a paragraph, a table) is placed under the
 * section open when it ended, or beside it.
 */
final class Box {
    /** Builds and places the sections the box makes; shared with the outline builder (paths stay unique). */
    interface Nodes {
        OutlineNode add(OutlineNode parent, Marker.Kind kind, String number, int line);

        OutlineNode parentOf(Deque<OutlineNode> open);
    }

    private static final Pattern LABEL = Pattern.compile("[^。；;！？!?：:]{1,30}");
    private final BoxLine box;
    private final int line;
    private final Nodes nodes;
    private final StringBuilder title;
    private final List<JoinedParagraph> before = new ArrayList<>();
    private final List<JoinedParagraph> labels = new ArrayList<>();
    private OutlineNode node;
    private Marker.Kind itemKind;
    private int last;
    private int outerLast;
    private int lists = 1;

    Box(BoxLine box, int line, Nodes nodes) {
        this.box = box;
        this.line = line;
        this.nodes = nodes;
        this.title = new StringBuilder(box.title());
    }

    /** Takes a paragraph without a number (a title or label line, the box's own text); false: the open item's. */
    boolean take(JoinedParagraph joined) {
        boolean label = joined.paragraph().cells().isEmpty() && LABEL.matcher(joined.text()).matches();
        if (node == null) {
            if (label && box.title().isEmpty() && before.isEmpty()) {
                title.append(joined.text().strip());
            } else {
                before.add(joined);
            }
            return true;
        }
        if (label) {
            labels.add(joined);
            return true;
        }
        return false;
    }

    /**
     * True when the numbered paragraph (on line {@code at}) belongs to the box: the stack {@code open} is then set so
     * that the usual nesting puts it in the box (or in its item, for a lower numbering). False: close the box first.
     */
    boolean admits(Marker marker, int at, Deque<OutlineNode> open) {
        Marker.Kind kind = marker.kind();
        int n = OutlineNode.value(marker.number());
        if (node == null) {
            boolean lowest = open.isEmpty() || kind.compareTo(open.peek().kind) >= 0;
            if (lowest && !prose() && (n == 1 || n <= parentFor(kind, open).lastChild(kind))) {
                attach(kind, open);
                last = n;
                return true;
            }
            return false;
        }
        if (kind != itemKind || n == last + 1 || n != 1 && n <= outerLast) {
            flushLabels(open);
            last = kind == itemKind ? n : last;
            return kind == itemKind || kind.compareTo(itemKind) > 0;
        }
        if (n == 1) {
            while (open.peek() != node) {
                open.pop();
            }
            OutlineNode list = nodes.add(node, node.kind, node.number + "-" + ++lists,
                    labels.isEmpty() ? at : labels.get(0).paragraph().line());
            list.heading = labels.stream().map(l -> l.text().strip()).reduce("", String::concat);
            labels.clear();
            open.push(list);
            last = 1;
            return true;
        }
        flushLabels(open);
        return false;
    }

    /** Ends the box before a heading it does not admit (or the next box line). */
    void close(Deque<OutlineNode> open) {
        flushLabels(open);
        if (node == null) {
            place(beside(open));
            return;
        }
        while (open.contains(node)) {
            open.pop();
        }
    }

    /**
     * A box whose text is a paragraph (「专栏1：智能制造装备创新工程」 then 「鼓励引导企业…。」) holds no list: the numbered
     * items after it are the outer section's. A paragraph that announces a list (ends in a colon) or a table does not.
     */
    private boolean prose() {
        return before.stream().anyMatch(p -> p.paragraph().cells().isEmpty() && !LABEL.matcher(p.text()).matches()
                && !p.text().strip().matches(".*[：:]$"));
    }

    /** The section an item of {@code kind} would go under: the deepest open one of a higher numbering. */
    private OutlineNode parentFor(Marker.Kind kind, Deque<OutlineNode> open) {
        for (OutlineNode candidate : open) {
            if (candidate.kind.compareTo(kind) < 0) {
                return candidate;
            }
        }
        return nodes.parentOf(new ArrayDeque<>());
    }

    /**
     * Where a box without items goes: under the open section, or beside it when that section already has text of
     * its own (the box interrupts the list that section is an item of; it is not part of the item).
     */
    private OutlineNode beside(Deque<OutlineNode> open) {
        OutlineNode current = nodes.parentOf(open);
        if (open.size() < 2 || current.paragraphs.isEmpty() && current.children.isEmpty()) {
            return current;
        }
        var outer = open.iterator();
        outer.next();
        return outer.next();
    }

    private void attach(Marker.Kind kind, Deque<OutlineNode> open) {
        while (!open.isEmpty() && open.peek().kind.compareTo(kind) >= 0) {
            open.pop();
        }
        OutlineNode parent = nodes.parentOf(open);
        outerLast = parent.lastChild(kind);
        itemKind = kind;
        place(parent);
        open.push(node);
    }

    private void place(OutlineNode parent) {
        node = nodes.add(parent, parent.level == 0 ? Marker.Kind.CHAPTER : parent.kind, box.number(), line);
        node.heading = title.toString();
        node.paragraphs.addAll(before);
    }

    private void flushLabels(Deque<OutlineNode> open) {
        if (!labels.isEmpty() && !open.isEmpty()) {
            open.peek().paragraphs.addAll(labels);
        }
        labels.clear();
    }
}
