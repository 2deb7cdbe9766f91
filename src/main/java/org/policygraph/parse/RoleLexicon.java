package org.policygraph.parse;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one role lexicon ({@code graph-import/roles.tsv}): every wording an office uses for a responsibility label, a
 * table column or a role verb, and what it names. The label reader, the bracket reader, the sentence reader and the
 * table-column mapper all ask it, so a new office's wording is a new row.
 */
public final class RoleLexicon {
    private static final String RESOURCE = "graph-import/roles.tsv";
    private static final RoleLexicon LOADED = load();
    private static final Pattern SPACES = Pattern.compile("[\\s\u3000]+");
    /** What a header carries besides its name: 「总投资（万元）」, 「2022年预期目标」, 「分 管 县领导」. */
    private static final Pattern HEADER_NOISE = Pattern.compile("[（(][^）)]*[）)]|^\\d{4}(?:年|－\\d{4}年|-\\d{4}年)?|[:：]$");

    /** What a wording names: a role of a unit or a person, or a table field. */
    public enum Field {
        LEAD, CO_LEAD, RESPONSIBLE, SUPPORT, IMPLEMENTER, LEADER, TASK, NUMBER, DEADLINE, PERIOD, PROGRESS, INVESTMENT,
        REMARK, APPROVER, RECIPIENT, FOUNDED, HOST, ENTRUSTED, ORGANISER;

        /** True for the fields whose values are units: lead, co-lead, responsible, support, implementer. */
        public boolean isUnitRole() {
            return this == LEAD || this == CO_LEAD || this == RESPONSIBLE || this == SUPPORT || this == IMPLEMENTER;
        }

        static Field of(String written) {
            return valueOf(written.trim().toUpperCase().replace('-', '_'));
        }
    }

    private final Map<String, Field> labels;
    private final Map<String, Field> verbs;
    private final Map<String, Field> frames;

    private RoleLexicon(Map<String, Field> labels, Map<String, Field> verbs, Map<String, Field> frames) {
        this.labels = labels;
        this.verbs = verbs;
        this.frames = frames;
    }

    public static RoleLexicon get() {
        return LOADED;
    }

    /** What a label or column header names: as written, else by its longest listed ending; empty when neither. */
    public Optional<Field> field(String header) {
        String h = HEADER_NOISE.matcher(SPACES.matcher(header == null ? "" : header).replaceAll("")).replaceAll("");
        if (labels.containsKey(h)) {
            return Optional.of(labels.get(h));
        }
        return labels.keySet().stream().filter(h::endsWith).max(Comparator.comparingInt(String::length)).map(labels::get);
    }

    /** The label wordings of these fields, longest first, as a regex alternation. */
    public String labelPattern(Set<Field> fields) {
        return alternation(labels, fields);
    }

    /** Every label wording, longest first, as a regex alternation. */
    public String anyLabelPattern() {
        return alternation(labels, Set.of(Field.values()));
    }

    /** The verbs of these fields, longest first, as a regex alternation. */
    public String verbPattern(Set<Field> fields) {
        return alternation(verbs, fields);
    }

    /** The role a label wording (exactly as listed) names. */
    public Optional<Field> label(String wording) {
        return Optional.ofNullable(labels.get(SPACES.matcher(wording).replaceAll("")));
    }

    /** Every frame row: a sentence frame around one body (X), e.g. 「报X批准」, to what it says the body does. */
    public Map<String, Field> frames() {
        return frames;
    }

    /** Every label row: wording to field (for tests that draw synonyms from the lexicon). */
    public Map<String, Field> labels() {
        return Map.copyOf(labels);
    }

    private static String alternation(Map<String, Field> words, Set<Field> fields) {
        return words.entrySet().stream().filter(e -> fields.contains(e.getValue())).map(Map.Entry::getKey)
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    private static RoleLexicon load() {
        Map<String, Field> labels = new LinkedHashMap<>();
        Map<String, Field> verbs = new LinkedHashMap<>();
        Map<String, Field> frames = new LinkedHashMap<>();
        for (String line : ResourceLines.of(RESOURCE)) {
            String[] cols = line.split("\t");
            if (cols.length < 3) {
                throw new IllegalStateException(RESOURCE + ": a row needs wording, field and form: " + line);
            }
            String form = cols[2].trim();
            (form.equals("verb") ? verbs : form.equals("frame") ? frames : labels).put(cols[0].trim(), Field.of(cols[1]));
        }
        return new RoleLexicon(Map.copyOf(labels), Map.copyOf(verbs), Collections.unmodifiableMap(frames));
    }
}
