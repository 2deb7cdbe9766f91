package org.policygraph.ask.question;

/** What a question asks for; one question may ask several. */
public enum Kind {
    LEAD, SUPPORT, DEADLINE, VALUE, DOCUMENT, DEPT_TASKS, PROJECT, CROSS_DOC, RESULT, OVERVIEW, LISTING_RULE,
    /** The documents a document follows or cites (its CITES edges). */
    CITED,
    /**
     * The question's head asks for named things (「有哪些项目」, "which regulations …"), not for units: with no unit
     * named, a role word in it ("single out for support") asks no role.
     */
    ITEMS,
    /**
     * The question asks the same thing of each of several places or documents (「沙坪坝和丽水…分别…」, "… each"): with
     * two or more of them named, it compares across documents ({@link #CROSS_DOC}); else it asks nothing more.
     */
    EACH,
    /**
     * How many units a task names (「一共有几个牵头单位」, "how many departments support …"): the units in the role
     * asked, counted; no figure of the text is asked.
     */
    UNITS_COUNTED,
    /**
     * How many things a plan lists (「专栏一共列了几个项目」, "how many sub-sectors does the plan list"): the items of the
     * list counted, not a figure of the text (a task's units counted are {@link #UNITS_COUNTED}).
     */
    LIST_COUNT,
    /** The attachments a document lists (「附了几个附件」, 「附件是哪几张表」, "what attachments"). */
    ATTACHMENT,
    /**
     * What a document is about (「是关于什么的」, 「郑政办文〔2017〕19号是发的什么」, "what was 郑政〔2017〕8号 about"): the
     * sentence of its opening that writes its act, beside its number and title.
     */
    GIST,
    /** Something inside an attachment (「附件里的重点项目清单有哪些」): not stated when the attachment is （略）. */
    ATTACHED
}
