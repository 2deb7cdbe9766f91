package org.policygraph.ask;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.policygraph.ask.question.DocumentScope;
import org.policygraph.ask.question.Kind;
import org.policygraph.ask.question.Question;
import org.policygraph.ask.question.TermGroup;
import org.policygraph.ask.question.Texts;

/**
 * Two or more questions in one message, each about its own document (「双创示范基地市财政每年安排多少专项资金？工业专案里
 * 的制造强市发展基金规模多大？」): each part is read and answered on its own. Parts that share a document, or a part that
 * names none (「…谁牵头？什么时候完成？」), stay one question: its slots are read together over one topic; so does a
 * goal asked against its result or a comparison (「…定的目标是多少？自贸区规划里说实际完成了多少？」), which reads
 * several documents by design. One question naming places side by side (「沙坪坝和蔡甸的GDP目标」) or plans by title
 * with a fact asked of each is one part per place or plan.
 */
final class QuestionParts {
    private static final Pattern QUESTION_END = Pattern.compile("(?<=[？?])");
    private static final int MIN_PART = 4;
    /**
     * A part names a document of its own when its title words point at it this clearly; a weaker pointer is a
     * part's slot words resembling some title (「计划几月提请市政府审议？」 after 「非遗保护办法是哪个局起草？」), and the part
     * goes on the first part's topic.
     */
    private static final double OWN_DOCUMENT = 0.2;

    private QuestionParts() {
    }

    /** The parts, each read as a question of its own; empty when the message ({@code whole}) is one question. */
    static List<Question> of(GraphSnapshot graph, String text, Question whole) {
        String[] pieces = QUESTION_END.split(text.strip());
        if (pieces.length < 2) {
            return graph.questions().partsApart(whole);
        }
        if (whole.asks(Kind.RESULT) || whole.asks(Kind.CROSS_DOC)) {
            return List.of();
        }
        List<Question> parts = new ArrayList<>();
        Set<String> named = new HashSet<>();
        String topic = "";
        for (String piece : pieces) {
            if (piece.strip().length() < MIN_PART) {
                return List.of();
            }
            Question part = graph.questions().read(piece.strip(), null);
            if (parts.isEmpty()) {
                topic = topic(graph, part);
            } else if (topic(graph, part).isEmpty()) {
                // 「服务贸易增速目标：省里16年开放行动计划定的多少？郑州17年对外开放方案定的多少？」: the second part names
                // only its document; it asks the first part's topic of it
                part = graph.questions().read(topic + " " + piece.strip(), null);
            }
            Set<String> documents = DocumentScope.of(part);
            if (documents.isEmpty() || DocumentScope.pointer(part) < OWN_DOCUMENT
                    || documents.stream().anyMatch(named::contains)) {
                return List.of();
            }
            named.addAll(documents);
            parts.add(part);
        }
        return parts;
    }

    /** The words of a part that name no document it points at: what it asks about. */
    private static String topic(GraphSnapshot graph, Question part) {
        String titles = DocumentScope.of(part).stream().map(key -> graph.catalog().document(key)
                .map(d -> Texts.fold(d.title())).orElse("")).collect(Collectors.joining("|"));
        return part.terms().stream().filter(t -> !t.foundIn(titles)).map(TermGroup::display)
                .collect(Collectors.joining(" "));
    }
}
