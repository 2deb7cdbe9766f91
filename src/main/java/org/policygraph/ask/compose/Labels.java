package org.policygraph.ask.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.policygraph.ask.question.DepartmentNames;
import org.policygraph.ask.question.Glossary;
import org.policygraph.ask.question.Language;
import org.policygraph.ask.retrieve.Sentences;
import org.policygraph.graph.read.Assignment;
import org.policygraph.graph.read.DocumentSummary;
import org.policygraph.graph.read.TaskFacts;

/** How documents, departments, sections and dates are named in an answer of one language. */
final class Labels {
    private static final Pattern ROLE_JOINER = Pattern.compile("或|和|及|、|/");
    private final Wording wording;
    private final DepartmentNames departments;
    private final Glossary glossary;

    Labels(Wording wording, DepartmentNames departments, Glossary glossary) {
        this.wording = wording;
        this.departments = departments;
        this.glossary = glossary;
    }

    Wording wording() {
        return wording;
    }

    boolean english() {
        return wording.language() == Language.EN;
    }

    String document(TaskFacts task) {
        return document(task.docNo(), task.title(), task.issuer(), task.issuedOn(), false, task.sourceFile());
    }

    String document(DocumentSummary doc, boolean withIssuer) {
        return document(doc.docNo(), doc.title(), doc.issuer(), doc.issuedOn(), withIssuer, doc.sourceFile());
    }

    /** A document with neither number nor title (a plan pasted without its head) is named by its file. */
    private String document(String docNo, String title, String issuer, String issuedOn, boolean withIssuer,
                            String file) {
        StringBuilder label = new StringBuilder();
        if ((docNo == null || docNo.isBlank()) && (title == null || title.isBlank()) && file != null) {
            label.append(english() ? "file " : "文件").append(file);
        }
        if (docNo != null) {
            label.append(docNo).append(english() ? " " : "");
        }
        if (title != null) {
            label.append('《').append(title.replaceAll("\\s+", "")).append('》');
        }
        if (withIssuer && issuer != null) {
            label.append(english() ? ", issued by " : "，发文机关：").append(issuer);
        }
        if (issuedOn != null) {
            label.append(wording.say("issued", date(issuedOn)));
        }
        return label.toString();
    }

    /** ISO date as the language writes it; the English form keeps the Chinese one beside it. */
    String date(String iso) {
        String[] parts = iso.split("-");
        if (parts.length != 3) {
            return iso;
        }
        String chinese = Integer.parseInt(parts[0]) + "年" + Integer.parseInt(parts[1]) + "月"
                + Integer.parseInt(parts[2]) + "日";
        return english() ? iso + ", " + chinese : chinese;
    }

    String department(String name) {
        String english = departments.english(name);
        return english() && english != null && !english.isBlank() ? name + " (" + english + ")" : name;
    }

    /**
     * A unit's role as a document writes it (牵头或汇总单位); in English each alternative from the glossary, the parts
     * sharing the role's last word (牵头 → 牵头单位), and the Chinese beside it. Kept as written when a part is unknown.
     */
    String role(String role) {
        if (!english()) {
            return role;
        }
        String[] parts = ROLE_JOINER.split(role);
        String last = parts[parts.length - 1];
        String noun = last.length() > 2 ? last.substring(last.length() - 2) : "";
        List<String> named = new ArrayList<>();
        for (String part : parts) {
            Optional<String> english = glossary.english(part).or(() -> glossary.english(part + noun));
            if (english.isEmpty()) {
                return role;
            }
            named.add(english.get());
        }
        return String.join(role.contains("或") ? " or " : " and ", named) + " (" + role + ")";
    }

    String departments(List<Assignment> assignments) {
        return assignments.stream().map(a -> department(a.name())).distinct()
                .collect(Collectors.joining(wording.listSeparator()));
    }

    String section(TaskFacts task) {
        String heading = task.sectionHeading();
        // a box without a title (「专栏 4」 over a table) leaves an empty last heading
        String path = heading == null ? "" : heading.replaceAll("\\s+", "").replaceAll(">+$", "");
        return path.isEmpty() ? (english() ? "preamble" : "正文") : path;
    }

    /** A short name for a task: the last heading, else the start of its text. */
    String taskName(TaskFacts task, int max) {
        String heading = task.sectionHeading();
        String last = heading == null ? "" : heading.substring(heading.lastIndexOf('>') + 1).strip();
        return last.isEmpty() ? Sentences.shorten(task.text(), max) : Sentences.shorten(last, max);
    }
}
