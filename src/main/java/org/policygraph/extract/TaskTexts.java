package org.policygraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policygraph.parse.RoleLexicon;
import org.policygraph.parse.RoleLexicon.Field;

/**
 * Decides what text is a task: drops boilerplate (现将…印发给你们) and generic headings (指导思想), splits off a
 * label run into its own line (「…配送时效责任单位：…」) and splits 「重点任务：一是…二是…」 into one text per clause.
 */
final class TaskTexts {
    private static final Pattern BOILERPLATE = Pattern.compile(
            "现将|印发给你们|请认真|请结合|请遵照|请各|特此通知|经市政府同意|经市人民政府同意|经省政府同意|^各县（市、区）人民政府(?:[，,、；;：:]|$)|"
                    + "人民政府各部门|各有关单位[:：]$|制定本方案|特制定本|制定本意见|提出如下意见|现就.*通知如下|^附件[:：]?|^抄送|^\\p{IsHan}{2,12}?人民政府(办公厅|办公室)?$");
    private static final Pattern GENERIC_HEADING = Pattern.compile(
            "^(总体要求|指导思想|基本原则|总体思路|发展思路|主要目标|发展目标|工作目标|目标任务|总体目标|保障措施|组织实施|组织领导|"
                    + "工作要求|重点任务|主要任务|工作任务|重点工作|实施步骤|工作措施|职责分工|有关要求|附则|附件|工作内容|主要内容|"
                    + "政策措施|保障机制|实施范围|基本情况|发展现状|发展基础)[。：:]?$");
    private static final Pattern EMBEDDED_LABEL = Pattern.compile(
            "(?<![（(〔【\\[：:、])(?=(?:" + Labels.TASK_LABELS + ")\\s*[:：])");
    private static final Pattern CLAUSE = Pattern.compile("(?:^|(?<=[。；;：:]))\\s*([一二三四五六七八九十]{1,3}是)");

    private static final Pattern TASK_HEADER = Pattern.compile(
            "(重点|主要|工作)?任务|名称|项目(名称)?|(重点|重大)?项目|工作事项|事项|措施|工作内容|内容|指标|类别|分类|产业园区|空间格局|园区");

    /**
     * 「四大文化片区；商都历史文化区、古荥大运河文化区、…」: a row of a table without a header naming a term and the
     * items or text it stands for (a box of a five-year plan); a name list or a score sheet has no such second cell,
     * and the cells after the term are text, not labels (「县（市、区）；信息公开（30)；…」 heads a score sheet).
     */
    private static final Pattern TERM_ROW = Pattern.compile(
            "[\\p{IsHan}“”\"]{2,16}；(?=[^：]*[、，])[^：]*\\p{IsHan}{4}[^：]{6,}");

    private static final int TERM_TEXT = 10;

    private static final Pattern NOT_A_SENTENCE = Pattern.compile(
            "(发布日期|日期|来源|时间)[:：].{0,20}|(时间|发布时间|信息来源|来源|浏览次数|索\\s*引\\s*号|发文日期|成文日期|发布机构|文\\s*号)[:：\\s].*|\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|.{0,16}(主任|局长|主席|书记|市长|区长|县长|组长)");

    private static final Pattern SENTENCE = Pattern.compile("(?<=[。！？])");

    private TaskTexts() {
    }

    /**
     * A table row is a task when it assigns units or a date, or when its first column names a task, a project,
     * a goal or a place of a plan; score sheets and name lists are not tasks.
     */
    static boolean isTaskRow(String text) {
        if (!ResponsibilityReader.readRow(text).isEmpty() || text.contains("时间：") || text.contains("时限：")
                || TERM_ROW.matcher(text).matches()
                && java.util.Arrays.stream(text.split("；")).skip(1).allMatch(cell -> cell.length() >= TERM_TEXT)) {
            return true;
        }
        for (String cell : text.split("；")) {
            int colon = cell.indexOf('：');
            String header = colon > 0 ? cell.substring(0, colon) : "";
            Field field = RoleLexicon.get().field(header).orElse(null);
            if (field != Field.NUMBER) {
                return field == Field.TASK || TASK_HEADER.matcher(header).matches();
            }
        }
        return false;
    }

    /** The sentences of a paragraph that are not boilerplate (「请各单位…。区政府办公室将定期跟踪督办…」 keeps the duty). */
    static String withoutBoilerplate(String text) {
        if (!isBoilerplate(text)) {
            return text;
        }
        StringBuilder kept = new StringBuilder();
        for (String sentence : SENTENCE.split(text)) {
            if (!sentence.isBlank() && !isBoilerplate(sentence)) {
                kept.append(sentence);
            }
        }
        return kept.toString().trim();
    }

    static boolean isBoilerplate(String text) {
        String t = text.trim();
        return BOILERPLATE.matcher(t).find() || NOT_A_SENTENCE.matcher(t).matches()
                || t.length() <= 20 && UnitListSplitter.isUnitList(UnitListSplitter.split(t));
    }

    /** True when a paragraph opens with the heading itself (一是强化创新平台建设。…), so the heading adds nothing. */
    static boolean repeats(String paragraph, String heading) {
        String h = heading.trim();
        int at = paragraph.indexOf(h);
        return !h.isEmpty() && at >= 0 && at <= 4;
    }

    static boolean isTaskHeading(String heading) {
        String h = heading == null ? "" : heading.trim();
        return h.length() >= 3 && !GENERIC_HEADING.matcher(h).matches();
    }

    /** [text, label] where label is the label run that closes the paragraph (null when none), text may be "". */
    static String[] splitLabel(String text) {
        if (text.indexOf('：') < 0 && text.indexOf(':') < 0) {
            return new String[] {text, null};
        }
        if (Labels.startsWithLabel(text)) {
            return new String[] {"", text};
        }
        Matcher m = EMBEDDED_LABEL.matcher(text);
        while (m.find()) {
            if (m.start() > 0 && depth(text, m.start()) == 0) {
                return new String[] {text.substring(0, m.start()).trim(), text.substring(m.start()).trim()};
            }
        }
        return new String[] {text, null};
    }

    /** The lead text (if any) and the 一是/二是 clauses of a paragraph, or the paragraph alone. */
    static List<String> clauses(String text) {
        Matcher m = CLAUSE.matcher(text);
        List<Integer> starts = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        while (m.find()) {
            starts.add(m.start(1));
            numbers.add(m.group(1));
        }
        if (numbers.size() < 2 || !numbers.get(0).equals("一是") || !numbers.get(1).equals("二是")) {
            return List.of(text);
        }
        List<String> out = new ArrayList<>();
        String lead = text.substring(0, starts.get(0)).trim();
        if (lead.length() > 8) {
            out.add(lead);
        }
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1) : text.length();
            out.add(text.substring(starts.get(k), end).trim());
        }
        return out;
    }

    private static int depth(String text, int position) {
        int depth = 0;
        for (int i = 0; i < position; i++) {
            char c = text.charAt(i);
            depth += "（(〔【[".indexOf(c) >= 0 ? 1 : "）)〕】]".indexOf(c) >= 0 ? -1 : 0;
        }
        return Math.max(0, depth);
    }
}
