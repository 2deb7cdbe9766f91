package org.policygraph.ask.question;

import java.util.List;
import java.util.Set;

/**
 * A question the graph answers by counting or sorting its tasks: what is measured, the role counted, the units
 * (every department of the names asked; empty: any), the documents (empty: all), the due-date window (null: any)
 * and whether the tasks must have a deadline or none; what it names that was not understood; the noun an English
 * count asks for ("items"; null: none), said back with the number.
 */
public record GraphQuestion(Measure measure, Role role, List<String> units, Set<String> documents,
                            DateWindow window, Dated dated, Unread unread,
                            String noun) {

    /** How many tasks; units or documents by their tasks; the tasks themselves (those due in a window). */
    public enum Measure { COUNT, RANK_UNITS, RANK_DOCUMENTS, LIST }

    /** The tie between a unit and a task that counts. */
    public enum Role { LEAD, SUPPORT, ANY }

    /**
     * What the question names that the graph's names did not resolve: a unit, or a document (by title words) when
     * nothing else narrows the count. Such a question is not answered over every unit or document.
     */
    public enum Unread { NONE, UNIT, DOCUMENT }

    /** Whether the tasks counted must have a completion deadline, must have none, or either. */
    public enum Dated { ANY, WITH, WITHOUT }
}
