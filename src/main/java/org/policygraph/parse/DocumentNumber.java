package org.policygraph.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Document numbers (郑政办〔2017〕31号) and dates (2017年3月7日) as written in headers, after cleaning. */
final class DocumentNumber {
    static final Pattern DOC_NO = Pattern.compile(
            "([\\u4e00-\\u9fa5]{1,8})\\s*[〔［\\[【(（]\\s*(\\d{4})\\s*[〕］\\]】)）]\\s*(\\d{1,4})\\s*号");
    static final Pattern DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern NUMBER_LINE = Pattern.compile("^" + DOC_NO.pattern() + "\\s*" + DATE.pattern());
    private static final Pattern NUMBER_ONLY = Pattern.compile("^" + DOC_NO.pattern() + "$");

    private DocumentNumber() {
    }

    /** True for the line that opens a gazette document: its number followed by its date on the same line. */
    static boolean isNumberAndDateLine(String text) {
        return NUMBER_LINE.matcher(text).find();
    }

    /** True for a header line holding a document number (alone, or followed by its date). */
    static boolean isNumberLine(String text) {
        return NUMBER_ONLY.matcher(text).find() || isNumberAndDateLine(text);
    }

    static String normalise(Matcher docNo) {
        return docNo.group(1) + "〔" + docNo.group(2) + "〕" + docNo.group(3) + "号";
    }
}
