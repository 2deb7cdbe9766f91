package org.policygraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads quantitative goals: every number with a unit in a sentence is one target (「郑欧班列开行300班以上」 ->
 * metric 郑欧班列开行, 300, 班, ≥). The year comes from the sentence, else from the caller's default.
 */
final class TargetReader {
    static final String MAGNITUDE = "(?:万亿|千亿|百亿|亿|千万|百万|万|千)";
    static final String COUNTERS = "家|个|条|套|户|项|所|座|张|批|款|件|种|名|位|支|只|处|艘|架";
    private static final Pattern QUANTITY = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)(?:[-—~～至到](\\d+(?:\\.\\d+)?))?(个百分点|%|％|‰|" + MAGNITUDE
                    + "?(?:美元|欧元|元|人次|标准箱|标箱|架次|辆|部|台|吨|班|平方公里|平方千米|平方米|公里|千米|亩|千瓦|兆瓦|人|次|"
                    + COUNTERS + ")|" + MAGNITUDE + ")(以上|左右|以内|以下|之内)?");
    private static final Pattern NOT_A_TARGET_AFTER = Pattern.compile("^(月|工作日|小时|年|季度|号|周|日|天|示)");
    private static final Pattern YEAR = Pattern.compile("(?:(\\d{4})[-—~至到])?(\\d{4})年(?!\\d{1,2}月\\d)");
    private static final Pattern BASE_YEAR = Pattern.compile("(比|较|与|同比|截至|截止|自|从)$");

    private static final Pattern SPACES = Pattern.compile("[\\s\u3000]+");
    private static final Pattern AT_LEAST = Pattern.compile("(不低于|不少于|至少)[^，,。；;]{0,3}$|(超过|超|突破|高于|多于|逾)$");
    private static final Pattern AT_MOST = Pattern.compile("(不超过|不高于|控制在)[^，,。；;]{0,8}$|((?<!不)低于|(?<!不)少于|以内|最高|最多)$");
    private static final Pattern ABOUT = Pattern.compile("((?<![签节合制预条公])约|近)$");

    private static final Pattern REPORTED = Pattern.compile("截至|截止|已经|已达|已建成|已有|实现了|完成了|累计完成|共完成|达到了|同比|比上年|较上年|年均增长[\\d.]+%");
    private static final Pattern AIMED = Pattern.compile("力争|争取|确保|目标|预期|计划|将|要|到\\d{4}年|年底前|以上|左右|控制在|不低于|不少于|突破");

    private TargetReader() {
    }

    /**
     * A reported result rather than a goal: a figure of a year before the plan's, or one the sentence reports
     * (截至…, 已…, 完成了…, 同比增长…) without aiming at it (力争, 确保, 目标, 预期, 到…年).
     */
    static String kind(String flat, int position, Integer year, Integer planYear) {
        if (year != null && planYear != null && year < planYear) {
            return Target.ACTUAL;
        }
        String before = flat.substring(0, position);
        return REPORTED.matcher(before).find() && !AIMED.matcher(before).find() ? Target.ACTUAL : Target.GOAL;
    }

    static List<Target> read(String sentence, Integer defaultYear, Integer planYear, String idPrefix, int firstOrdinal) {
        List<Target> out = new ArrayList<>();
        String flat = SPACES.matcher(sentence).replaceAll("");
        Matcher q = QUANTITY.matcher(flat);
        String previousMetric = null;
        int previousEnd = 0;
        while (q.find()) {
            if (!isQuantity(flat, q)) {
                continue;
            }
            String metric = MetricNamer.name(flat, q.start(), q.end(), q.group(3), previousEnd, previousMetric);
            if (metric.length() <= 1 && previousMetric != null) {
                metric = previousMetric + metric;
            }
            previousEnd = q.end();
            if (metric.isEmpty()) {
                continue;
            }
            previousMetric = metric;
            double value = Double.parseDouble(q.group(1));
            String id = idPrefix + "/t" + (firstOrdinal + out.size());
            Integer year = year(flat, q.start(), defaultYear);
            String written = q.group(2) == null ? q.group(1) : flat.substring(q.start(1), q.end(2));
            out.add(new Target(id, metric, MetricKeys.key(metric, flat.substring(0, q.start())), value, unit(q), year,
                    comparator(flat, q), sentence.trim(), written, kind(flat, q.start(), year, planYear)));
        }
        return out;
    }

    private static boolean isQuantity(String flat, Matcher q) {
        char before = q.start() > 0 ? flat.charAt(q.start() - 1) : ' ';
        if ("第〔.*×xX".indexOf(before) >= 0 || Character.isDigit(before) || before < 128 && Character.isLetter(before)) {
            return false;
        }
        return !NOT_A_TARGET_AFTER.matcher(flat.substring(q.end())).find();
    }

    private static String unit(Matcher q) {
        return q.group(3).replace('％', '%');
    }

    static String comparator(String flat, Matcher q) {
        String suffix = q.group(4);
        if (suffix != null) {
            return suffix.equals("以上") ? "≥" : suffix.equals("左右") ? "≈" : "≤";
        }
        if (q.group(2) != null) {
            return "≥";
        }
        String before = flat.substring(Math.max(0, q.start() - 5), q.start());
        if (AT_MOST.matcher(before).find()) {
            return "≤";
        }
        if (AT_LEAST.matcher(before).find()) {
            return "≥";
        }
        return ABOUT.matcher(before).find() ? "≈" : "=";
    }

    private static Integer year(String flat, int position, Integer defaultYear) {
        Integer found = null;
        Matcher y = YEAR.matcher(flat.substring(0, position));
        while (y.find()) {
            String before = flat.substring(Math.max(0, y.start() - 2), y.start());
            if (!BASE_YEAR.matcher(before).find()) {
                found = Integer.valueOf(y.group(2));
            }
        }
        return found != null ? found : defaultYear;
    }
}
