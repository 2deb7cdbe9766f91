package org.policygraph.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The attachments a document lists after its body (「附件：1. 重点工作任务分工表（略）」 and the numbered lines under it,
 * or 「附件：X」 alone), as written, （略） included: a plan printed without an attachment says so there. A document
 * with no such list but with attachment headings (「附件1」 over its title) lists those titles.
 */
final class Attachments {
    private static final Pattern LIST = Pattern.compile("^附\\s*件\\s*[:：]\\s*(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})\\s*[.．、]\\s*(\\S.*)$");
    private static final Pattern HEADING = Pattern.compile("^附\\s*件\\s*(\\d{1,2})?\\s*$");
    private static final int MAX_TITLE = 80;

    private Attachments() {
    }

    static List<String> in(List<SourceLine> lines) {
        List<String> listed = listed(lines);
        return listed.isEmpty() ? headed(lines) : listed;
    }

    /** 「附件：1. A」 then 「2. B」 …, or 「附件：A」. */
    private static List<String> listed(List<SourceLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher list = LIST.matcher(lines.get(i).text());
            if (!list.matches()) {
                continue;
            }
            List<String> items = new ArrayList<>();
            String rest = list.group(1).strip();
            Matcher first = NUMBERED.matcher(rest);
            if (!rest.isEmpty() && !first.matches()) {
                return rest.length() <= MAX_TITLE ? List.of(rest) : List.of();
            }
            int expected = 1;
            if (first.matches()) {
                if (!first.group(1).equals("1")) {
                    return List.of();
                }
                items.add(first.group(2).strip());
                expected = 2;
            }
            for (int j = i + 1; j < lines.size(); j++) {
                if (lines.get(j).isBlank()) {
                    continue;
                }
                Matcher next = NUMBERED.matcher(lines.get(j).text());
                if (!next.matches() || Integer.parseInt(next.group(1)) != expected
                        || next.group(2).length() > MAX_TITLE) {
                    break;
                }
                items.add(next.group(2).strip());
                expected++;
            }
            return items;
        }
        return List.of();
    }

    /** 「附件1」 (or 「附件」) on a line of its own, its title on the next line. */
    private static List<String> headed(List<SourceLine> lines) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < lines.size() - 1; i++) {
            if (HEADING.matcher(lines.get(i).text()).matches()) {
                for (int j = i + 1; j < lines.size(); j++) {
                    if (!lines.get(j).isBlank()) {
                        String title = lines.get(j).text().strip();
                        if (title.length() <= MAX_TITLE) {
                            items.add(title);
                        }
                        break;
                    }
                }
            }
        }
        return items;
    }
}
