package org.policygraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Builds one Task from its draft: responsibilities (own text, then its block's label lines), deadline, targets, projects. */
final class TaskAssembler {
    private static final Pattern GOAL_YEAR = Pattern.compile("(?:到|至)\\s*(\\d{4})\\s*年");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？!?])");

    private TaskAssembler() {
    }

    /**
     * {@code year}: the year of the task's section (targets without their own year); {@code docYear}: the document's
     * planning year; {@code dueYear}: the year time limits without their own year fall in ({@link PlanningYear#dueYear}).
     */
    static Task assemble(TaskDraft d, DepartmentRegistry registry, Integer year, Integer docYear, Integer dueYear) {
        List<UnitList> lists = new ArrayList<>(d.row ? ResponsibilityReader.readRow(d.text)
                : ResponsibilityReader.readInline(d.text));
        for (String label : d.blockLabels) {
            lists.addAll(ResponsibilityReader.readLabelled(label));
        }
        for (StandingNotes.HandOff h : d.handOffs) {
            List<String> units = UnitListSplitter.split(h.units());
            if (UnitListSplitter.isUnitList(units)) {
                lists.add(new UnitList(units, UnitList.Kind.PLAIN, h.quote()));
            }
        }
        if (lists.isEmpty() && !d.row) {
            lists.addAll(SentenceRoles.subjects(d.text));
        }
        List<Leader> leaders = new ArrayList<>();
        lists.stream().filter(l -> l.kind() == UnitList.Kind.LEADER)
                .forEach(l -> leaders.addAll(Leaders.read(l.mentions().get(0), l.quote())));
        lists.removeIf(l -> l.kind() == UnitList.Kind.LEADER);
        List<Responsibility> responsibilities = new ArrayList<>(registry.responsibilities(lists));
        responsibilities.addAll(namedBodies(d.text, registry));
        return new Task(d.id, d.sectionPath, d.text, d.line, targets(d, year, docYear), responsibilities,
                deadline(d, dueYear).orElse(null), projects(d), leaders);
    }

    /** Bodies the text names by a frame (「报X批准」, 「成立X，负责」), whatever else it says about units. */
    private static List<Responsibility> namedBodies(String text, DepartmentRegistry registry) {
        List<Responsibility> out = new ArrayList<>();
        for (BodyFrames.Mention m : BodyFrames.read(text)) {
            Department body = registry.department(m.body(), null);
            out.add(new Responsibility(body.name(), Role.NAMED, m.relation().name().toLowerCase(), m.quote(),
                    UnitNames.fold(m.body()), body.key()));
        }
        return out;
    }

    private static List<String> projects(TaskDraft d) {
        List<String> found = ProjectReader.read(d.text);
        String name = d.projectItem ? ProjectReader.leadName(d.text) : null;
        if (name == null || found.contains(name)) {
            return found;
        }
        List<String> out = new ArrayList<>(found);
        out.add(0, name);
        return out;
    }

    private static Optional<Deadline> deadline(TaskDraft d, Integer docYear) {
        Optional<Deadline> own = LabelledDeadline.read(d.text, docYear);
        for (String label : d.blockLabels) {
            own = own.or(() -> LabelledDeadline.read(label, docYear));
        }
        return own.or(() -> DeadlineReader.readInText(d.text, docYear));
    }

    private static List<Target> targets(TaskDraft d, Integer year, Integer planYear) {
        List<Target> out = new ArrayList<>();
        Integer sentenceYear = year;
        for (String sentence : SENTENCE_END.split(d.text)) {
            List<Target> found = TargetReader.read(sentence, sentenceYear, planYear, d.id, out.size() + 1);
            out.addAll(found);
            Matcher goal = GOAL_YEAR.matcher(sentence);
            if (!found.isEmpty()) {
                sentenceYear = found.get(found.size() - 1).year();
            } else if (goal.find()) {
                sentenceYear = Integer.valueOf(goal.group(1));
            }
        }
        return out;
    }
}
