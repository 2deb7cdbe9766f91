package org.policygraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Builds one Task from its draft: responsibilities (own text, then its block's label lines), deadline, targets, projects. */
final class TaskAssembler {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？!?])");

    private TaskAssembler() {
    }

    static Task assemble(TaskDraft d, DepartmentRegistry registry, Integer year, Integer docYear) {
        List<UnitList> lists = new ArrayList<>(d.row ? ResponsibilityReader.readLabelled(d.text)
                : ResponsibilityReader.readInline(d.text));
        for (String label : d.blockLabels) {
            lists.addAll(ResponsibilityReader.readLabelled(label));
        }
        return new Task(d.id, d.sectionPath, d.text, d.line, targets(d, year), registry.responsibilities(lists),
                deadline(d, docYear).orElse(null), ProjectReader.read(d.text));
    }

    private static Optional<Deadline> deadline(TaskDraft d, Integer docYear) {
        Optional<Deadline> own = DeadlineReader.readLabelled(d.text, docYear);
        for (String label : d.blockLabels) {
            own = own.or(() -> DeadlineReader.readLabelled(label, docYear));
        }
        return own.or(() -> DeadlineReader.readInText(d.text, docYear));
    }

    private static List<Target> targets(TaskDraft d, Integer year) {
        List<Target> out = new ArrayList<>();
        if (d.row) {
            return out;
        }
        for (String sentence : SENTENCE_END.split(d.text)) {
            out.addAll(TargetReader.read(sentence, year, d.id, out.size() + 1));
        }
        return out;
    }
}
