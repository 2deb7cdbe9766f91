package org.policygraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policygraph.parse.ParsedDocument;
import org.policygraph.parse.Section;
import org.policygraph.progress.ProgressReport;
import org.policygraph.progress.ProgressReportReader;

/** Extracts tasks, targets, responsibilities, deadlines, projects and cited documents from a parsed document. */
public final class Extractor {
    private final DepartmentDictionary dictionary;
    private final ProgressReportReader progressReports = new ProgressReportReader();

    public Extractor(DepartmentDictionary dict) {
        this.dictionary = dict;
    }

    public ExtractedDocument extract(ParsedDocument doc) {
        Optional<ProgressReport> report = progressReports.read(doc);
        if (report.isPresent()) {
            return new ExtractedDocument(doc, List.of(), Citations.of(doc), List.of(), report.get());
        }
        SectionWalker walker = new SectionWalker();
        walker.preamble(doc.preamble());
        for (Section section : doc.sections()) {
            walker.walk(section);
        }
        Integer docYear = PlanningYear.of(doc);
        Integer dueYear = PlanningYear.dueYear(doc, docYear);
        Map<String, Integer> sectionYears = PlanningYear.bySection(doc.sections());
        DepartmentRegistry registry = new DepartmentRegistry(dictionary, doc.jurisdiction());
        Map<String, Integer> seenIds = new HashMap<>();
        List<Task> tasks = new ArrayList<>();
        for (TaskDraft d : walker.drafts()) {
            String base = doc.key() + "/" + d.sectionPath + "#" + d.line;
            int n = seenIds.merge(base, 1, Integer::sum);
            d.id = n == 1 ? base : base + "." + n;
            Integer year = sectionYears.getOrDefault(d.sectionPath, docYear);
            tasks.add(TaskAssembler.assemble(d, registry, year, docYear, dueYear));
        }
        return new ExtractedDocument(doc, tasks, Citations.of(doc), registry.used());
    }
}
