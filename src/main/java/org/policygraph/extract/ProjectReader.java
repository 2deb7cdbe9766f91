package org.policygraph.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads named projects: the members of 「…、…等(一批)(重点)项目」 lists, names ending in 项目/工程/产业园/园区/中心/基地
 * right after a building verb, and the 项目名称 cell of a project table row.
 */
final class ProjectReader {
    private static final String VERBS = "加快实施|加快推进|加快建设|全力推进|积极推进|重点推进|推进|实施|建设|建成|开工|启动|引进|谋划|打造|确保|抓好|推动|加快|筹建";
    private static final Pattern LISTED = Pattern.compile("等(?:一批|多个|\\d+个)?(?:重点|重大)?(?:产业|工业|建设)?项目");
    private static final Pattern NAMED = Pattern.compile(
            "(?:" + VERBS + ")([^，,。；;：:、]{4,40}?(?:项目|工程|产业园|物流园|园区|会展中心|工业园|示范区))(?:建设|项目)?");
    private static final Pattern TABLE_CELL = Pattern.compile("(?:^|[；;])(?:项目名称|名称|重大项目|项目|产业园区|园区)[:：]([^；;]{4,60})");
    private static final Pattern LIST_INTRO = Pattern.compile("^[#*\\s]*(重大|重点)(项目|工程)[^。，]{0,6}[:：][*\\s]*$");
    private static final Pattern LEAD_NAME = Pattern.compile("^([^。，,；;：:]{3,30})。");
    private static final Pattern LEADING_VERB = Pattern.compile(
            "^(?:" + VERBS + "|以|依托|围绕|包括|如|对|在|等|及|和|的|了|\\d+(?:\\.\\d+)?[家个座所处项条])+");
    private static final Pattern GENERIC = Pattern.compile(
            "^(一批|一些|各类|各项|相关|重点|重大|这些|全市|该|本|其他|新建|续建|在建|落实|积极|支持|设立|随着|若干).*"
                    + "|.*(一批|等|各类|纳入|补缴|[=×]).*|.*型项目$|.*(重点|重大|工业|服务业|招商引资|规划)项目$|.*[（(]项目$|.{0,4}项目$|.*或项目$");

    private static final Pattern SPACES = Pattern.compile("[\\s\u3000]+");
    private static final Pattern VERB = Pattern.compile(VERBS);

    private ProjectReader() {
    }

    /** A line such as 「重大项目谋划：」 that opens a list of project paragraphs. */
    static boolean opensProjectList(String text) {
        return LIST_INTRO.matcher(text.trim()).matches();
    }

    /** The name a project paragraph opens with (「国际物流通道。加快建设…」), or null. */
    static String leadName(String text) {
        Matcher m = LEAD_NAME.matcher(text.trim());
        return m.find() ? m.group(1) : null;
    }

    static List<String> read(String text) {
        String flat = SPACES.matcher(text).replaceAll("");
        Set<String> out = new LinkedHashSet<>();
        Matcher t = TABLE_CELL.matcher(flat);
        while (t.find()) {
            add(out, t.group(1));
        }
        Matcher l = LISTED.matcher(flat);
        while (l.find()) {
            String list = flat.substring(clauseStart(flat, l.start()), l.start());
            Matcher verb = VERB.matcher(list);
            int cut = 0;
            while (verb.find()) {
                cut = verb.end();
            }
            list = list.substring(cut);
            for (String item : list.split("、")) {
                add(out, item);
            }
        }
        Matcher n = NAMED.matcher(flat);
        while (n.find()) {
            add(out, n.group(1));
        }
        return List.copyOf(out);
    }

    private static int clauseStart(String text, int from) {
        for (int i = from - 1; i >= 0; i--) {
            if ("，,。；;：:".indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    private static void add(Set<String> out, String raw) {
        String stripped = LEADING_VERB.matcher(raw.trim()).replaceFirst("").replaceFirst("建设$", "");
        String name = stripped.substring(stripped.lastIndexOf('的') + 1);
        if (name.length() >= 4 && name.length() <= 40 && !GENERIC.matcher(name).matches()
                && out.stream().noneMatch(existing -> existing.contains(name))) {
            out.removeIf(name::contains);
            out.add(name);
        }
    }
}
