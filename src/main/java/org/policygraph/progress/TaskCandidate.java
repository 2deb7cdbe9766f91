package org.policygraph.progress;

import java.util.List;

/**
 * A plan's task a report row may report on: its text, its document (key and title) and its units as written and
 * as named (lead units first, then supporting ones).
 */
public record TaskCandidate(String id, String docKey, String docTitle, String text, List<String> leads,
                            List<String> supports) {
}
