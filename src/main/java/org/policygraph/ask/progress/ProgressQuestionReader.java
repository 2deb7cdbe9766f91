package org.policygraph.ask.progress;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policygraph.ask.progress.ProgressQuestion.Kind;
import org.policygraph.ask.question.Glossary;
import org.policygraph.progress.AsOfReader;
import org.policygraph.progress.UnitMatch;

/**
 * Reads a question about 督办 progress: its kind from the cues (graph-import/progress-questions.tsv), the unit it
 * names (one the reports or plans name, as written or abbreviated), the as-of date it gives (「截至2017年9月底」,
 * "as of 2017-09-30", 「2017年10月1日」), else today. Not a progress question: empty.
 */
final class ProgressQuestionReader {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]");
    private static final Pattern AS_OF_WORDS = Pattern.compile(
            "(截[至止]|as of)\\s*(\\d{4}\\s*年)?\\s*\\d{1,2}\\s*月(底|末|\\s*\\d{1,2}\\s*[日号])?");
    private static final Pattern UNIT_FORM = Pattern.compile("[\\p{IsHan}]{1,10}?(?:局|委|办|厅|中心|政府|集团)");
    private final ProgressCues cues;
    private final Glossary glossary;
    private final AsOfReader asOfReader = new AsOfReader();

    ProgressQuestionReader(ProgressCues cues, Glossary glossary) {
        this.cues = cues;
        this.glossary = glossary;
    }

    /** Whether the question has any cue of a progress question: only then is the graph asked anything. */
    boolean cued(String question) {
        return java.util.stream.Stream.of("progress", "behind", "overdue", "due", "rank").anyMatch(c -> cues.has(c, question));
    }

    Optional<ProgressQuestion> read(String question, LocalDate today, Collection<String> units,
                                    Collection<String> leaders) {
        boolean english = !question.matches("(?s).*\\p{IsHan}{2,}.*")
                || question.replaceAll("[^A-Za-z]", "").length() > 2 * question.replaceAll("[^\\p{IsHan}]", "").length();
        LocalDate asOf = asOf(question, today);
        String unit = unit(question, units);
        String leader = leader(question, leaders);
        Kind kind = kind(question, unit, leader);
        if (kind == null) {
            return Optional.empty();
        }
        LocalDate from = null;
        LocalDate to = null;
        if (kind == Kind.DUE) {
            if (cues.has("next-month", question)) {
                from = YearMonth.from(asOf).plusMonths(1).atDay(1);
                to = YearMonth.from(asOf).plusMonths(1).atEndOfMonth();
            } else if (cues.has("this-month", question)) {
                from = asOf;
                to = YearMonth.from(asOf).atEndOfMonth();
            } else {
                from = asOf;
                to = asOf.plusDays(30);
            }
        }
        String topic = topic(question, unit, leader);
        List<List<String>> terms = english ? glossary.chineseTerms(topic) : List.of();
        return Optional.of(new ProgressQuestion(kind, unit, leader, topic, terms, asOf, from, to, english));
    }

    private Kind kind(String q, String unit, String leader) {
        boolean progress = cues.has("progress", q);
        boolean behind = cues.has("behind", q);
        if (cues.has("overdue", q)) {
            return Kind.OVERDUE;
        }
        // a plain due list (「下个月到期的有哪些」) is the graph questions'; with progress asked it is ours
        if (cues.has("due", q) && (progress || behind)
                && (cues.has("next-month", q) || cues.has("this-month", q) || cues.has("within-30", q))) {
            return Kind.DUE;
        }
        if (cues.has("rank", q) && (behind || progress)) {
            return Kind.RANK;
        }
        if (behind && (progress || !q.matches("(?s).*\\p{IsHan}{2,}.*") || q.contains("项目") || q.contains("任务")
                || q.contains("工作"))) {
            return Kind.BEHIND;
        }
        if (progress && leader != null && topic(q, unit, leader).replaceAll("[A-Za-z\\s-]", "").length() < 2) {
            return Kind.LEADER;
        }
        if (progress) {
            return unit != null && topic(q, unit, leader).replaceAll("[a-z\\s-]", "").length() < 2 ? Kind.UNIT : Kind.TASK;
        }
        return null;
    }

    /** A unit the question names: as written in the reports or plans, or an abbreviation of one. */
    private static String unit(String question, Collection<String> units) {
        Optional<String> written = units.stream().filter(question::contains)
                .max(Comparator.comparingInt(String::length));
        if (written.isPresent()) {
            return written.get();
        }
        Matcher m = UNIT_FORM.matcher(question);
        while (m.find()) {
            String said = m.group();
            for (int start = 0; start + 3 <= said.length(); start++) {
                String tail = said.substring(start);
                Optional<String> known = units.stream().filter(u -> UnitMatch.same(tail, u)).findFirst();
                if (known.isPresent()) {
                    return known.get();
                }
            }
        }
        return null;
    }

    /** A leader of the plans the question names, spaces inside a Chinese name (俞 悦) not counting. */
    private static String leader(String question, Collection<String> leaders) {
        String joined = question.replaceAll("(?<=\\p{IsHan})\\s+(?=\\p{IsHan})", "");
        return leaders.stream().filter(l -> l.length() >= 2 && joined.contains(l))
                .max(Comparator.comparingInt(String::length)).orElse(null);
    }

    private String topic(String question, String unit, String leader) {
        String topic = question.toLowerCase(java.util.Locale.ROOT);
        if (unit != null) {
            topic = topic.replace(unit, "");
        }
        if (leader != null) {
            topic = topic.replaceAll("(?<=\\p{IsHan})\\s+(?=\\p{IsHan})", "").replace(leader, "");
        }
        for (String wording : cues.allWordings().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .toList()) {
            topic = topic.replace(wording, "");
        }
        topic = AS_OF_WORDS.matcher(topic).replaceAll("");
        topic = ISO.matcher(FULL_DATE.matcher(topic).replaceAll("")).replaceAll("");
        topic = topic.replaceAll("截[至止]|as of", "");
        return topic.matches("(?s).*[a-z]{2,}.*") ? topic.replaceAll("[^\\p{IsHan}a-z0-9-]+", " ").strip()
                : topic.replaceAll("[^\\p{IsHan}a-z0-9]", "");
    }

    private LocalDate asOf(String question, LocalDate today) {
        Optional<LocalDate> stated = asOfReader.read(question, today.getYear());
        if (stated.isPresent()) {
            return stated.get();
        }
        for (Pattern p : new Pattern[] {ISO, FULL_DATE}) {
            Matcher m = p.matcher(question);
            if (m.find()) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                } catch (java.time.DateTimeException | NumberFormatException e) {
                    return today;
                }
            }
        }
        return today;
    }
}
