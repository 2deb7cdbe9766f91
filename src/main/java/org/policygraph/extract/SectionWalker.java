package org.policygraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.policygraph.parse.Paragraph;
import org.policygraph.parse.Section;

/**
 * Turns a section into task drafts and label lines in reading order, then hands every label run to the tasks of
 * the block it closes: the tasks of that section (its heading and descendants included) since the previous run.
 * A deeper section's labels win over an ancestor's.
 */
final class SectionWalker {
    private final List<TaskDraft> drafts = new ArrayList<>();
    private final HandOffs handOffs = new HandOffs();
    private int order;
    private int depth;

    List<TaskDraft> drafts() {
        return drafts;
    }

    void preamble(List<Paragraph> paragraphs) {
        for (Paragraph p : paragraphs) {
            String kept = p.cells().isEmpty() ? TaskTexts.withoutBoilerplate(p.text()) : p.text();
            if (!kept.isEmpty()) {
                own("", kept.equals(p.text()) ? p : new Paragraph(kept, p.line()), new ArrayList<>());
            }
        }
    }

    /** Walks the section tree depth first; returns every item of the section's subtree, sorted for reading. */
    List<SectionItem> walk(Section section) {
        depth++;
        try {
            return walkSection(section);
        } finally {
            depth--;
        }
    }

    private List<SectionItem> walkSection(Section section) {
        List<SectionItem> own = new ArrayList<>();
        boolean hasLabel = section.paragraphs().stream().anyMatch(p -> TaskTexts.splitLabel(p.text())[1] != null);
        String heading = section.heading();
        boolean headingRepeated = !section.paragraphs().isEmpty() && heading != null
                && TaskTexts.repeats(section.paragraphs().get(0).text(), heading);
        boolean headingTask = TaskTexts.isTaskHeading(heading) && !headingRepeated
                && (section.children().isEmpty() || hasLabel);
        Paragraph inline = headingTask ? inlineBody(section) : null;
        if (headingTask && inline == null) {
            TaskDraft d = new TaskDraft(section.path(), heading.trim(), section.line(), false);
            drafts.add(d);
            own.add(new SectionItem(section.line(), order++, d, null));
        }
        boolean inProjectList = false;
        for (Paragraph p : section.paragraphs()) {
            int before = own.size();
            own(section.path(), p == inline ? new Paragraph(heading.trim() + "。" + p.text(), p.line()) : p, own);
            boolean item = inProjectList && ProjectReader.leadName(p.text()) != null;
            own.subList(before, own.size()).stream().filter(SectionItem::isTask).forEach(i -> i.task().projectItem = item);
            inProjectList = ProjectReader.opensProjectList(p.text()) || item;
        }
        List<SectionItem> all = new ArrayList<>(own);
        for (Section child : section.children()) {
            all.addAll(walk(child));
        }
        all.sort(Comparator.comparingInt(SectionItem::line).thenComparingInt(SectionItem::order));
        assignBlocks(all, own);
        handOffs.cover(all, own, depth == 1 || !section.children().isEmpty());
        return all;
    }

    /**
     * 「2．创造更多就业机会。年均开发…（牵头单位：…）」: a heading whose body goes on in the same line is one item, so
     * heading and body make one task; null when the body starts on a line of its own or reads as several clauses.
     */
    private static Paragraph inlineBody(Section section) {
        if (section.paragraphs().isEmpty() || !section.children().isEmpty()) {
            return null;
        }
        Paragraph first = section.paragraphs().get(0);
        boolean sameLine = first.line() == section.line() && first.cells().isEmpty();
        String body = TaskTexts.splitLabel(first.text())[0];
        return sameLine && !body.isEmpty() && TaskTexts.clauses(body).size() == 1 ? first : null;
    }

    private void own(String path, Paragraph p, List<SectionItem> out) {
        if (!p.cells().isEmpty()) {
            if (TaskTexts.isTaskRow(p.text())) {
                add(out, new TaskDraft(path, p.text(), p.line(), true));
            }
            return;
        }
        Optional<StandingNotes.HandOff> handOff = StandingNotes.handOff(p.text());
        if (handOff.isPresent()) {
            out.add(new SectionItem(p.line(), order++, null, null, handOff.get()));
            return;
        }
        if (StandingNotes.isListingNoteOnly(p.text())) {
            return;
        }
        String[] parts = TaskTexts.splitLabel(p.text());
        if (!parts[0].isEmpty() && !TaskTexts.isBoilerplate(parts[0]) && parts[0].length() >= 6) {
            for (String clause : TaskTexts.clauses(parts[0])) {
                add(out, new TaskDraft(path, clause, p.line(), false));
            }
        }
        if (parts[1] != null) {
            out.add(new SectionItem(p.line(), order++, null, parts[1]));
        }
    }

    private void add(List<SectionItem> out, TaskDraft d) {
        drafts.add(d);
        out.add(new SectionItem(d.line, order++, d, null));
    }

    /** Label runs among this section's own items close blocks over all items of its subtree. */
    private static void assignBlocks(List<SectionItem> all, List<SectionItem> own) {
        List<TaskDraft> pending = new ArrayList<>();
        List<String> run = new ArrayList<>();
        BiConsumer<List<TaskDraft>, List<String>> close = (tasks, labels) -> {
            for (TaskDraft t : tasks) {
                if (t.blockLabels.isEmpty()) {
                    t.blockLabels.addAll(labels);
                }
            }
        };
        for (SectionItem item : all) {
            if (item.isLabel() && own.contains(item)) {
                run.add(item.label());
            } else if (item.isTask()) {
                if (!run.isEmpty()) {
                    close.accept(pending, run);
                    pending = new ArrayList<>();
                    run = new ArrayList<>();
                }
                pending.add(item.task());
            }
        }
        if (!run.isEmpty()) {
            close.accept(pending, run);
        }
    }
}
