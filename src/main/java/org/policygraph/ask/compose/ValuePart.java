package org.policygraph.ask.compose;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.ask.question.TermGroup;
import org.policygraph.ask.question.Texts;
import org.policygraph.ask.retrieve.Evidence;
import org.policygraph.ask.retrieve.SentenceFinder;
import org.policygraph.ask.retrieve.Sentences;
import org.policygraph.graph.read.TaskFacts;

/**
 * Figures asked for: the best sentence holding a quantity (money when money is asked, the unit asked for in
 * 「多少家」, a goal rather than a past result when a target is asked).
 */
final class ValuePart {
    /** Money asked: "investment" alone is not (「招商引资」 is "investment attraction", a policy, not an amount). */
    private static final Pattern ASKS_MONEY = Pattern.compile(
            "多少钱|资金|金额|经费|预算|投入多少|总投资|投资(?:额|总额)?(?:是|为|有|达到?)?多少|how much (?:money|investment)|funding|funds|budget|(?:total|fixed[- ]asset) investment|investment (?:amount|volume|of)");
    private static final Pattern ASKS_TARGET = Pattern.compile(
            "目标|要|力争|计划|预计|预期|争取|target|expected|goal|supposed|aim|plan(?:ned)? to|set for|by 20\\d\\d");
    private static final Map<String, String> ACCEPTED_UNITS = acceptedUnits();
    private static final Pattern ASKED_UNIT = Pattern.compile("(?:多少|几)(" + String.join("|",
            ACCEPTED_UNITS.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList()) + ")");
    /** 「研发经费占GDP比重」 asks a share, "growth target … for fixed-asset investment" a rate, though they name money. */
    private static final Pattern ASKS_SHARE = Pattern.compile(
            "比重|占比|比例|百分之|率|增速|增幅|share|percent|proportion|ratio|rate|growth");
    /**
     * 「园区多大」 asks an area; 「管理规模多大」 a size in whatever unit the clause gives; "subsidy per square metre" a sum
     * per area, not an area.
     */
    private static final Pattern AREA = Pattern.compile("面积|占地|(?<!规模)多大|area|(?<!per |a )square");
    private static final Pattern PAST = Pattern.compile("截至|截止|同比|比上年|较上年|已经|已达|已建成|实现了|完成了|累计完成");
    private static final Pattern PAST_SECTION = Pattern.compile("现状|成就|回顾|成绩|发展基础|现实基础|取得.{0,4}成效|发展环境");
    /** The number a figure starts with, in digits or Chinese numerals (「三家」 answers 「几家」). */
    private static final Pattern ASKED_YEAR = Pattern.compile("(?<!\\d)(20\\d{2})年");
    /** A sentence of another clause answers a year asked when it covers this much of the question. */
    private static final double MIN_YEAR_COVERAGE = 0.5;
    private static final String NUMBER = "[\\d.,一二两三四五六七八九十百至到~～—-]+";
    private final Labels labels;

    ValuePart(Labels labels) {
        this.labels = labels;
    }

    Optional<TaskFacts> write(Evidence evidence, Draft draft) {
        String question = evidence.question().text().toLowerCase();
        Ask ask = new Ask(ASKS_MONEY.matcher(question).find() && !ASKS_SHARE.matcher(question).find(),
                ASKS_TARGET.matcher(question).find() && !PAST.matcher(question).find(), unit(question));
        Optional<SentenceFinder.Found> found = SentenceFinder.find(evidence, (t, s) -> holds(t, s, ask));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SentenceFinder.Found first = found.get();
        Wording w = labels.wording();
        draft.line(w.say("value.line", String.join(w.listSeparator(), Figures.in(first.sentence()))));
        draft.line(w.say("source.quote", first.sentence()));
        second(evidence, first, ask).ifPresent(s -> draft.line(w.say("source.quote", s)));
        otherYears(evidence, first, ask, draft);
        return Optional.of(first.task());
    }

    /**
     * 「2017年和2018年的目标各是多少家？」: one figure a year. A year the first sentence does not name is read from the
     * sentence of any clause found that names it, covers the question as well and holds a figure of the kind asked.
     */
    private void otherYears(Evidence evidence, SentenceFinder.Found first, Ask ask, Draft draft) {
        List<String> years = new ArrayList<>();
        Matcher m = ASKED_YEAR.matcher(evidence.question().text());
        while (m.find()) {
            if (!years.contains(m.group(1))) {
                years.add(m.group(1));
            }
        }
        if (years.size() < 2) {
            return;
        }
        Wording w = labels.wording();
        for (String year : years) {
            if (first.sentence().contains(year + "年")) {
                continue;
            }
            TaskFacts bestTask = null;
            Sentences.Scored best = null;
            for (TaskFacts task : evidence.tasks()) {
                for (Sentences.Scored s : Sentences.ranked(Sentences.textOf(task), evidence.question().terms())) {
                    if (s.coverage() >= MIN_YEAR_COVERAGE && s.sentence().contains(year + "年")
                            && (best == null || s.coverage() > best.coverage()) && holds(task, s.sentence(), ask)) {
                        best = s;
                        bestTask = task;
                    }
                }
            }
            if (best != null) {
                draft.line(w.say("value.year", year, String.join(w.listSeparator(), ofUnit(Figures.in(best.sentence()),
                        ask))));
                draft.line(w.say("source.quote", best.sentence()));
                draft.line(w.say("source", labels.document(bestTask), labels.section(bestTask)));
                draft.cite(bestTask, best.sentence());
            }
        }
    }

    private record Ask(boolean money, boolean target, String unit) {
        Ask anyUnit() {
            return new Ask(money, target, null);
        }
    }

    /** The units a figure answering the question may carry (graph-import/asked-units.tsv); null: any. */
    private static String unit(String question) {
        Matcher matcher = ASKED_UNIT.matcher(question);
        if (matcher.find()) {
            return ACCEPTED_UNITS.getOrDefault(matcher.group(1), matcher.group(1));
        }
        return AREA.matcher(question).find() ? ACCEPTED_UNITS.get("平方公里") : null;
    }

    private static Map<String, String> acceptedUnits() {
        Map<String, String> accepted = new HashMap<>();
        for (String line : Texts.lines("graph-import/asked-units.tsv")) {
            String[] columns = line.split("\t");
            accepted.put(columns[0].strip(), columns[1].strip().equals("*") ? null : columns[1].strip());
        }
        return accepted;
    }

    /** A question often asks two figures (「…多少？占比多少？」): a second sentence of the same task that adds terms. */
    private static Optional<String> second(Evidence evidence, SentenceFinder.Found first, Ask ask) {
        List<TermGroup> missing = evidence.question().terms().stream()
                .filter(t -> !t.foundIn(Texts.fold(first.sentence()))).toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Sentences.ranked(Sentences.textOf(first.task()), missing).stream()
                .filter(s -> s.coverage() >= 0.5 && !s.sentence().equals(first.sentence())
                        && holds(first.task(), s.sentence(), ask.anyUnit()))
                .map(Sentences.Scored::sentence).findFirst();
    }

    /** The figures in the unit asked (「多少家」: 200家, not the 850亿元 beside it); all when none is asked. */
    private static List<String> ofUnit(List<String> figures, Ask ask) {
        if (ask.unit() == null) {
            return figures;
        }
        List<String> asked = figures.stream().filter(f -> f.matches(NUMBER + "\\D*(" + ask.unit() + ")\\D*")).toList();
        return asked.isEmpty() ? figures : asked;
    }

    private static boolean holds(TaskFacts task, String sentence, Ask ask) {
        List<String> figures = Figures.in(sentence);
        if (figures.isEmpty() || ask.money() && !Figures.hasMoney(figures)) {
            return false;
        }
        // the unit asked anywhere in the figure's unit: 「多少人」 is answered by 2300万人次
        if (ask.unit() != null && figures.stream().noneMatch(f -> f.matches(NUMBER + "\\D*(" + ask.unit() + ")\\D*"))) {
            return false;
        }
        boolean past = PAST.matcher(sentence).find()
                || task.sectionHeading() != null && PAST_SECTION.matcher(task.sectionHeading()).find();
        return !ask.target() || !past;
    }
}
