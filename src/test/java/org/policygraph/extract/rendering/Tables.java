package org.policygraph.extract.rendering;

import org.policygraph.parse.RoleLexicon.Field;

/** Table layouts: a markdown pipe table, an HTML table with a person and a progress column, a table one cell per line. */
final class Tables {
    private Tables() {
    }

    static String markdownHeader() {
        return "| 序号 | 重点任务 | " + Synonyms.nth(Field.LEAD, 1) + " | " + Synonyms.nth(Field.SUPPORT, 2) + " | "
                + Synonyms.nth(Field.DEADLINE, 3) + " |\n| --- | --- | --- | --- | --- |\n";
    }

    static String markdownRow(RenderTask t, int i) {
        String section = i % 25 == 0 ? "| " + chinese(i / 25 + 1) + "、 | 重点领域第" + (i / 25 + 1) + "部分 |  |  |  |\n" : "";
        return section + "| " + (i + 1) + " | " + t.body() + " | " + String.join("、", t.leads()) + " | "
                + String.join("、", t.supports()) + " | " + nullToEmpty(t.gold().deadline()) + " |\n";
    }

    static String htmlHeader() {
        return "<html><head><meta charset=\"utf-8\"></head><body><p>一、重点工作任务</p>\n<table>\n<tr><th>序号</th><th>目标与任务</th><th>" + Synonyms.nth(Field.LEADER, 2) + "</th><th>"
                + Synonyms.nth(Field.LEAD, 4) + "</th><th>" + Synonyms.nth(Field.SUPPORT, 5) + "</th><th>"
                + Synonyms.nth(Field.DEADLINE, 1) + "</th><th>" + Synonyms.nth(Field.PROGRESS, 0) + "</th></tr>\n";
    }

    static String htmlRow(RenderTask t, int i) {
        return "<tr><td>" + (i + 1) + "</td><td>" + t.body() + "</td><td>李 明</td><td>" + String.join("、", t.leads())
                + "</td><td>" + String.join("、", t.supports()) + "</td><td>" + nullToEmpty(t.gold().deadline())
                + "</td><td>已完成" + (i * 7 % 100) + "%</td></tr>\n";
    }

    static String flatHeader() {
        return "序号\n民生实事\n" + Synonyms.nth(Field.LEADER, 0) + "\n" + Synonyms.nth(Field.LEAD, 2) + "\n"
                + Synonyms.nth(Field.SUPPORT, 3) + "\n完成时限\n";
    }

    static String flatRow(RenderTask t, int i) {
        return (i + 1) + "\n" + t.body() + "\n张 伟\n" + String.join("、", t.leads()) + "\n"
                + (t.supports().isEmpty() ? "无" : String.join("、", t.supports())) + "\n"
                + (t.gold().deadline() == null ? "年内" : t.gold().deadline()) + "\n";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String chinese(int n) {
        return String.valueOf("一二三四五六七八九十".charAt((n - 1) % 10));
    }
}
