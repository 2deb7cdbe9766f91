package org.policygraph.parse;

import java.util.ArrayList;
import java.util.List;

/** A section while the outline is being built: its paragraphs and children are still open to additions. */
final class OutlineNode {
    final Marker.Kind kind;
    final String number;
    final String path;
    final int level;
    final int line;
    String heading = "";
    final List<JoinedParagraph> paragraphs = new ArrayList<>();
    final List<OutlineNode> children = new ArrayList<>();

    OutlineNode(Marker.Kind kind, String number, String path, int level, int line) {
        this.kind = kind;
        this.number = number;
        this.path = path;
        this.level = level;
        this.line = line;
    }

    /** The value of a normalised number ("3", "（3）", "三", "（十二）", "第三章"); 0 when it is none of them. */
    static int value(String number) {
        String digits = number.replaceAll("[^0-9一二三四五六七八九十百零〇]", "");
        if (digits.isEmpty()) {
            return 0;
        }
        if (Character.isDigit(digits.charAt(0))) {
            return digits.chars().allMatch(Character::isDigit) ? Integer.parseInt(digits) : 0;
        }
        int total = 0;
        int unit = 0;
        for (char c : digits.toCharArray()) {
            int d = "零一二三四五六七八九".indexOf(c == '〇' ? '零' : c);
            if (d >= 0) {
                unit = d;
            } else {
                total += (unit == 0 ? 1 : unit) * (c == '百' ? 100 : 10);
                unit = 0;
            }
        }
        return total + unit;
    }

    /** The value of the last child of {@code kind}, 0 when there is none. */
    int lastChild(Marker.Kind kind) {
        for (int i = children.size() - 1; i >= 0; i--) {
            if (children.get(i).kind == kind) {
                return value(children.get(i).number);
            }
        }
        return 0;
    }
}
