package org.policygraph.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a paragraph enumerating "一是…。二是…。" into its lead text and one clause per item. */
final class ClauseSplitter {
    private static final Pattern CLAUSE = Pattern.compile("(?:^|(?<=[。；;！：:，,]))\\s*([一二三四五六七八九十]{1,3}是)");

    record Clause(String number, String heading, String text, int start) {
    }

    /**
     * The clauses of {@code text}: empty unless it enumerates 一是 and 二是, or, when {@code done} clauses were
     * found in earlier paragraphs of the same section, unless its first clause continues that count.
     */
    List<Clause> clauses(String text, int done) {
        Matcher m = CLAUSE.matcher(text);
        List<Integer> starts = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        while (m.find()) {
            starts.add(m.start(1));
            numbers.add(m.group(1));
        }
        boolean opens = numbers.size() >= 2 && numbers.get(0).equals("一是") && numbers.get(1).equals("二是");
        boolean continues = done > 0 && !numbers.isEmpty() && numbers.get(0).equals(numberAfter(done));
        if (!opens && !continues) {
            return List.of();
        }
        List<Clause> clauses = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1) : text.length();
            String clause = text.substring(starts.get(k), end).strip();
            clauses.add(new Clause(numbers.get(k), heading(clause.substring(numbers.get(k).length())), clause,
                    starts.get(k)));
        }
        return clauses;
    }

    /** The text before the first clause ("" when the paragraph opens with 一是). */
    String lead(String text) {
        Matcher m = CLAUSE.matcher(text);
        return m.find() ? text.substring(0, m.start(1)).strip() : text;
    }

    private static String numberAfter(int done) {
        String digits = "一二三四五六七八九";
        return done < digits.length() ? digits.charAt(done) + "是" : done == 9 ? "十是" : "十" + digits.charAt(done - 10) + "是";
    }

    private static String heading(String clause) {
        int end = clause.length();
        for (char stop : new char[] {'。', '；', ';'}) {
            int at = clause.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return clause.substring(0, end).strip();
    }
}
