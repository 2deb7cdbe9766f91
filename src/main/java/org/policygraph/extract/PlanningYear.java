package org.policygraph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policygraph.parse.ParsedDocument;
import org.policygraph.parse.Section;

/** The year a document plans for (a single year in its title, else its issue year) and years named by headings. */
final class PlanningYear {
    private static final Pattern YEAR = Pattern.compile("(?<![\\d-—~至到])(\\d{4})\\s*年(?!\\s*[-—~至到])");
    private static final Pattern ANY_YEAR = Pattern.compile("(\\d{4})\\s*年");

    private PlanningYear() {
    }

    static Integer of(ParsedDocument doc) {
        if (doc.title() != null) {
            Matcher m = YEAR.matcher(doc.title());
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        if (doc.issuedOn() != null) {
            return doc.issuedOn().getYear();
        }
        if (doc.title() != null) {
            Matcher any = ANY_YEAR.matcher(doc.title());
            Integer last = null;
            while (any.find()) {
                last = Integer.valueOf(any.group(1));
            }
            return last;
        }
        return null;
    }

    /**
     * The year a time limit without its own year falls in, and the earliest a clause-opening year can be a limit:
     * the planning year ({@link #of}), but never before the issuing year. A document titled with a year before the one it was
     * issued in reviews that year (「关于表彰2016年度…的通报」 issued in 2017): its 「2016年，…」 recounts the past
     * and its 「3月底前」 is of the year it was issued in.
     */
    static Integer dueYear(ParsedDocument doc, Integer planning) {
        if (planning == null || doc.issuedOn() == null) {
            return planning;
        }
        return Math.max(planning, doc.issuedOn().getYear());
    }

    static Map<String, Integer> bySection(List<Section> sections) {
        Map<String, Integer> out = new HashMap<>();
        collect(sections, null, out);
        return out;
    }

    private static void collect(List<Section> sections, Integer inherited, Map<String, Integer> out) {
        for (Section s : sections) {
            Integer year = inherited;
            Matcher m = YEAR.matcher(s.heading() == null ? "" : s.heading());
            if (m.find()) {
                year = Integer.valueOf(m.group(1));
            }
            if (year != null) {
                out.put(s.path(), year);
            }
            collect(s.children(), year, out);
        }
    }
}
