package org.policygraph.ask.progress;

import java.util.ArrayList;
import java.util.List;
import org.policygraph.ask.Citation;
import org.policygraph.graph.read.ProgressItem;

/** One task of a progress answer as a line of text, in the question's language, and its citations. */
final class ProgressLines {
    private static final int SHORT = 40;
    private final ProgressCues cues;

    ProgressLines(ProgressCues cues) {
        this.cues = cues;
    }

    String line(int n, ProgressItem item, boolean english) {
        String title = item.notInPlan() ? item.taskText() : item.title();
        String task = title.length() > SHORT ? title.substring(0, SHORT) + "…" : title;
        if (item.reportedAs() != null && !item.notInPlan() && !title.contains(item.reportedAs())) {
            task += english ? " — reported as “" + item.reportedAs() + "”" : "（报告称“" + item.reportedAs() + "”）";
        }
        List<String> where = new ArrayList<>();
        if (item.notInPlan()) {
            where.add(english ? "in no plan" : "未列入任何计划");
        } else if (item.docNo() != null || item.sectionPath() != null) {
            where.add(((item.docNo() == null ? "" : item.docNo()) + " " + nz(item.sectionPath())).strip());
        }
        if (!item.leads().isEmpty()) {
            where.add((english ? "lead " : "牵头：") + String.join("、", item.leads()));
        } else if (!item.units().isEmpty()) {
            where.add((english ? "units " : "责任单位：") + String.join("、", item.units()));
        }
        if (!item.leaders().isEmpty()) {
            where.add((english ? "leader " : "分管领导：") + String.join("、", item.leaders()));
        }
        if (item.deadlineText() != null) {
            where.add((english ? "deadline " : "完成时限：") + item.deadlineText());
        }
        String head = n + ". " + task + (english ? " (" + String.join("; ", where) + ")" : "（" + String.join("；", where) + "）");
        return head + (english ? ": " : "：") + progress(item, english);
    }

    private String progress(ProgressItem item, boolean english) {
        if (!item.reported()) {
            return english ? "no progress reported" : "未见进展报告";
        }
        StringBuilder out = new StringBuilder(cues.label(item.status(), english));
        if (item.statusText() != null && !item.statusText().equals(cues.label(item.status(), false))) {
            out.append(english ? " (\"" + item.statusText() + "\")" : "（原文“" + item.statusText() + "”）");
        }
        if (item.percent() != null) {
            String pct = item.percent() % 1 == 0 ? String.valueOf(item.percent().intValue()) : item.percent().toString();
            out.append(english ? ", " + pct + "% done" : "，完成" + pct + "%");
        }
        out.append(english ? ", per " + nz(item.reportTitle()) + " as of " + item.asOf()
                : "，据《" + nz(item.reportTitle()) + "》（截至" + item.asOf() + "）");
        if (item.reports() > 1) {
            out.append(english ? "; " + (item.reports() - 1) + " earlier report(s) kept as history"
                    : "；此前" + (item.reports() - 1) + "次报告作为历史保留");
        }
        return out.toString();
    }

    static List<Citation> citations(ProgressItem item) {
        List<Citation> out = new ArrayList<>();
        if (!item.notInPlan() && item.taskSourceFile() != null) {
            out.add(new Citation(item.docNo(), item.docTitle(), nz(item.sectionPath()), item.taskText(),
                    item.taskSourceFile(), item.taskLine()));
        }
        if (item.reported()) {
            out.add(new Citation(item.reportDocNo(), item.reportTitle(), "", item.progressText(), item.sourceFile(),
                    item.line()));
        }
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
