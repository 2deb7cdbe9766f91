package org.policygraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the metric of a quantity from the words around it: the clause before the number without time words and
 * comparators (「货值达到13亿美元」 -> 货值), plus the counted noun after a counter (「培育60家上市后备科技型企业」).
 */
final class MetricNamer {
    private static final Pattern LEAD_IN = Pattern.compile(
            "^(?:(?:到|至|在|于)?\\d{4}(?:[-—~至到]\\d{4})?年(?:底|末)?|力争|争取|确保|预计|全年|今年|其中|同时|并|和|及)+");
    private static final Pattern TRAILING_VERB = Pattern.compile(
            "(力争|争取|确保|达到|达|突破|超过|超|不低于|不少于|不超过|至少|控制在|保持在|提高到|提升到|提高至|降低到|降到|为"
                    + "|(?<![签节合制预条公])约|近|共|实现|完成|最高|最多|高于|低于|逾|稳定在|已)+$");
    private static final Pattern CHANGE_ONLY = Pattern.compile("^(年均|年|平均|同比)?(增长|下降|提高|增加|减少|降低)$");
    private static final Pattern TRAILING_JOINER = Pattern.compile("[和及与、或]+$");
    private static final Pattern TRAILING_CHANGE = Pattern.compile("(年均|年|平均|同比)?(增长|下降|提高|增加|减少|降低)$");
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("[（(][）)]");
    private static final Pattern LOOSE_HEAD = Pattern.compile("^([的和及与、，,）)]|分别|约)+");
    private static final Pattern LOOSE_TAIL = Pattern.compile("([（(“\"，,、的和及与各]|分别|如[图表]示|其中)$");
    private static final Pattern COUNTER = Pattern.compile(TargetReader.COUNTERS);

    private static final Pattern BARE_MEASURE = Pattern.compile(
            "(增加值|产值|规模|总量|总收入|收入|主营业务收入|营业收入|营业额|交易额|销售收入|总额)");
    private static final Pattern SECTOR = Pattern.compile("(?:全市|全省|我市|我省)?([^，,。；;：:]{1,10}?(?:产业|行业|业|经济))");

    private MetricNamer() {
    }

    static String name(String flat, int start, int end, String unit, int previousEnd, String previousMetric) {
        return tidy(raw(flat, start, end, unit, previousEnd, previousMetric));
    }

    private static String raw(String flat, int start, int end, String unit, int previousEnd, String previousMetric) {
        int from = Math.max(clauseStart(flat, start), previousEnd);
        String before = clean(flat.substring(from, start));
        String after = flat.substring(end, clauseEnd(flat, end));
        after = TRAILING_JOINER.matcher(after.substring(after.lastIndexOf('的') + 1)).replaceFirst("");
        boolean counted = COUNTER.matcher(unit).matches() && !after.isEmpty() && after.length() <= 25;
        if (previousMetric != null && CHANGE_ONLY.matcher(before).matches()) {
            return previousMetric + before;
        }
        if (before.isEmpty()) {
            return counted ? after : previousMetric == null ? "" : TRAILING_CHANGE.matcher(previousMetric).replaceFirst("");
        }
        if (BARE_MEASURE.matcher(before).matches() && previousMetric == null) {
            return subjectBefore(flat, from) + before;
        }
        return counted ? before + after : before;
    }

    /** 「服务业质量效率大幅提升，增加值力争达到5000亿元」: a bare measure takes the sector opening the clause before. */
    private static String subjectBefore(String flat, int clauseStart) {
        int previousStart = clauseStart(flat, Math.max(0, clauseStart - 1));
        Matcher m = SECTOR.matcher(flat.substring(previousStart, Math.max(previousStart, clauseStart - 1)));
        return m.lookingAt() ? m.group(1) : "";
    }

    private static String tidy(String metric) {
        String s = EMPTY_BRACKETS.matcher(metric).replaceAll("");
        s = LOOSE_HEAD.matcher(s).replaceFirst("");
        for (String previous = null; !s.equals(previous); ) {
            previous = s;
            s = LOOSE_TAIL.matcher(s).replaceFirst("");
        }
        return s;
    }

    private static String clean(String before) {
        String s = LEAD_IN.matcher(before).replaceFirst("");
        return TRAILING_VERB.matcher(s).replaceFirst("");
    }

    private static int clauseStart(String flat, int from) {
        for (int i = from - 1; i >= 0; i--) {
            if ("，,；;。：:、".indexOf(flat.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int clauseEnd(String flat, int from) {
        for (int i = from; i < flat.length(); i++) {
            if ("，,；;。：:".indexOf(flat.charAt(i)) >= 0 || Character.isDigit(flat.charAt(i))) {
                return i;
            }
        }
        return flat.length();
    }
}
