package org.policygraph.progress;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The plans a report is about: those whose title (without 「关于印发…的通知」 and quotes) its title, header or a
 * 《…》 it names mostly holds. A report that names none of the imported plans is matched against all candidates.
 */
public final class PlanScope {
    private static final double COVERED = 0.7;

    private PlanScope() {
    }

    /** The candidates of the plans the report names, or all of them when it names none that is imported. */
    public static List<TaskCandidate> narrow(List<String> planTitles, List<TaskCandidate> candidates) {
        Set<String> said = planTitles.stream().flatMap(t -> Bigrams.of(t).stream()).collect(Collectors.toSet());
        Set<String> named = candidates.stream().map(TaskCandidate::docTitle).distinct()
                .filter(title -> coverage(innerTitle(title), said) >= COVERED).collect(Collectors.toSet());
        if (named.isEmpty()) {
            return candidates;
        }
        return candidates.stream().filter(c -> named.contains(c.docTitle())).toList();
    }

    static String innerTitle(String title) {
        if (title == null) {
            return "";
        }
        return title.replaceFirst("^关于(印发|转发|下发)?", "").replaceFirst("的通知$", "").replaceAll("[《》]", "");
    }

    private static double coverage(String title, Set<String> said) {
        Set<String> own = Bigrams.of(title);
        return own.size() < 4 ? 0 : own.stream().filter(said::contains).count() / (double) own.size();
    }
}
