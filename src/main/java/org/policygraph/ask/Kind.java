package org.policygraph.ask;

/** What a question asks for; one question may ask several. */
enum Kind {
    LEAD, SUPPORT, DEADLINE, VALUE, DOCUMENT, DEPT_TASKS, PROJECT, CROSS_DOC, RESULT, OVERVIEW, LISTING_RULE
}
