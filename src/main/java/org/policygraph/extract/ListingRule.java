package org.policygraph.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's own rule for reading its unit lists, as it states it: 「（除标注“分别牵头”外，列第一位为牵头或汇总单位，
 * 下同）」, 「排在第一位的为牵头单位」, 「第一个单位为牵头单位」. role: what the first-listed unit is (牵头或汇总单位);
 * remark: the whole bracketed remark or clause that states it, exceptions included. The wordings are the listing rows
 * of {@code graph-import/standing-notes.tsv}.
 */
public record ListingRule(String role, String remark) {
    /** The listing notes of graph-import/standing-notes.tsv that name what the first-listed unit is. */
    private static final List<Pattern> RULES = StandingNotes.listingRules();
    private static final Pattern BRACKETED = Pattern.compile("[(][^()]*[)]");
    private static final Pattern CLAUSE = Pattern.compile("[^,;。]+");

    /** The rule stated in {@code text}, if any. */
    public static Optional<ListingRule> in(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String folded = text.replace('（', '(').replace('）', ')').replace('，', ',').replace('；', ';');
        Matcher rule = RULES.stream().map(p -> p.matcher(folded)).filter(Matcher::find).findFirst().orElse(null);
        if (rule == null) {
            return Optional.empty();
        }
        // folding keeps every position, so the remark is quoted from the text as written
        int[] span = around(BRACKETED, folded, rule).or(() -> around(CLAUSE, folded, rule))
                .orElse(new int[] {rule.start(), rule.end()});
        String stated = text.substring(span[0], span[1]).replaceAll("^[（(]|[）)]$", "").strip();
        return Optional.of(new ListingRule(rule.group("role"), stated));
    }

    private static Optional<int[]> around(Pattern part, String folded, Matcher rule) {
        Matcher m = part.matcher(folded);
        while (m.find()) {
            if (m.start() <= rule.start() && m.end() >= rule.end()) {
                return Optional.of(new int[] {m.start(), m.end()});
            }
        }
        return Optional.empty();
    }
}
