package org.policygraph.progress;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Decides a row's status: the wording as written, sharpened by the points it is behind (a late row more than the
 * serious threshold behind is seriously late); with no wording, from the points behind, else from its percentage
 * against the share of the year gone at the as-of date.
 */
final class RowStatus {
    private static final Set<String> KEPT_OVER_FIGURES = Set.of("done", "suspended", "not-started");
    private final Thresholds thresholds;
    private final LocalDate asOf;

    RowStatus(Thresholds thresholds, LocalDate asOf) {
        this.thresholds = thresholds;
        this.asOf = asOf;
    }

    StatusReading decide(Optional<StatusReading> wording, Double percent, Double lag) {
        if (wording.isPresent() && (lag == null || KEPT_OVER_FIGURES.contains(wording.get().status()))) {
            return wording.get();
        }
        String text = wording.map(StatusReading::statusText).orElse(null);
        if (lag != null) {
            return new StatusReading(thresholds.statusOfLag(lag), text);
        }
        if (percent != null && asOf != null) {
            double expected = 100.0 * asOf.getDayOfYear() / asOf.lengthOfYear();
            return new StatusReading(thresholds.statusOf(percent, expected), null);
        }
        return null;
    }
}
