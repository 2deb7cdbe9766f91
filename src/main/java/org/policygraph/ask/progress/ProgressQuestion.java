package org.policygraph.ask.progress;

import java.time.LocalDate;
import java.util.List;

/**
 * A question about 督办 progress as read: what it asks ({@link Kind}), the unit it names (as written, or null), the
 * leader in charge it names (a Person of the plans, or null), the work it names ({@code topic}, for {@link Kind#TASK};
 * in an English question {@code terms}, the Chinese term groups of the glossary it mentions), the as-of date (the
 * question's, else today), the deadline window of a {@link Kind#DUE} question, and whether it is asked in English.
 */
record ProgressQuestion(Kind kind, String unit, String leader, String topic, List<List<String>> terms, LocalDate asOf,
                        LocalDate from, LocalDate to, boolean english) {

    enum Kind {
        /** 「X进度怎么样」: the latest progress of one piece of work. */
        TASK,
        /** 「市科技局牵头的几项进展怎么样」: the latest progress of a unit's tasks. */
        UNIT,
        /** 「张某分管的工作进度如何」: the latest progress of the tasks a leader is in charge of. */
        LEADER,
        /** 「哪些项目进展偏慢」: what the latest reports call late. */
        BEHIND,
        /** "Which tasks are past their deadline and not reported done?" */
        OVERDUE,
        /** 「下个月到期的有哪些」: tasks whose deadline falls in the window. */
        DUE,
        /** "Which unit has the most tasks behind schedule?" */
        RANK
    }
}
