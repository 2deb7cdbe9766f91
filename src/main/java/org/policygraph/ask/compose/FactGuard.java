package org.policygraph.ask.compose;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checkable facts of a text (document numbers, numbers with units, dates, department names), so that a
 * model's wording can be rejected when it drops or invents one.
 */
public final class FactGuard {
    /** The number part of a document number; the two characters before the bracket are added by hand. */
    private static final Pattern DOC_NO = Pattern.compile(
            "[〔\\[［(（]\\s*(\\d{4})\\s*[〕\\]］)）]\\s*(\\d+)\\s*号");
    private static final String UNITS = "平方公里|平方米|千米|公里|米|人次|个百分点|百分点|个|家|项|人|次|美元|元|吨|标箱|"
            + "亩|班|列|条|辆|户|所|座|倍|架|台|套|千瓦|兆瓦|小时|天|年|月|日|%|％|‰";
    private static final Pattern NUMBER_UNIT = Pattern.compile(
            "\\d[\\d,，]*(?:\\.\\d+)?\\s*(?:(?:万|亿)\\s*(?:" + UNITS + ")?|(?:" + UNITS + "))");
    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)\\d{4}-\\d{2}(?:-\\d{2})?(?!\\d)");
    private static final Pattern DEPARTMENT = Pattern.compile(
            "[市省](?![场级长])[\\p{IsHan}]{1,10}?(?:委员会|管委会|办公室|办公厅|局|委|办|厅)");
    private static final Pattern DEPARTMENT_EN = Pattern.compile(
            "(?:[A-Z][a-z]+ )+(?:Bureau|Commission|Office|Committee|Administration)(?: of(?: [A-Z][a-z]+| and)+)?");

    private FactGuard() {
    }

    static Set<String> facts(String text) {
        Set<String> facts = new LinkedHashSet<>();
        Matcher docNo = DOC_NO.matcher(text);
        while (docNo.find()) {
            facts.add(issuerBefore(text, docNo.start()) + "〔" + docNo.group(1) + "〕" + docNo.group(2) + "号");
        }
        collect(NUMBER_UNIT, text, facts);
        collect(ISO_DATE, text, facts);
        collect(DEPARTMENT, text, facts);
        collect(DEPARTMENT_EN, text, facts);
        return facts;
    }

    /** True when the candidate states exactly the facts of the original: none dropped, none added. */
    public static boolean sameFacts(String original, String candidate) {
        return facts(original).equals(facts(candidate));
    }

    /** True when every fact of the candidate stands somewhere in the evidence. */
    public static boolean supportedBy(String evidence, String candidate) {
        return facts(evidence).containsAll(facts(candidate));
    }

    private static void collect(Pattern pattern, String text, Set<String> facts) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            facts.add(normalise(matcher.group()));
        }
    }

    /** Up to two Han characters right before the bracket (郑政, 政办): enough to tell issuers apart. */
    private static String issuerBefore(String text, int bracket) {
        int end = bracket;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && end - start < 2 && Character.UnicodeScript.of(text.codePointAt(start - 1))
                == Character.UnicodeScript.HAN) {
            start--;
        }
        return text.substring(start, end);
    }

    private static String normalise(String fact) {
        return fact.replaceAll("[\\s,，]", "").replace('％', '%');
    }
}
