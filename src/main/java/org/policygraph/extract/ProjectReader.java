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
    private static final Pattern TABLE_CELL = Pattern.compile("(?:项目名称|重大项目|项目)[:：]([^；;]{4,60})");
    private static final Pattern LEADING_VERB = Pattern.compile("^(?:" + VERBS + "|等|及|和|的|了)+");
    private static final Pattern GENERIC = Pattern.compile(
            "^(一批|一些|各类|各项|相关|重点|重大|这些|全市|该|本|其他|新建|续建|在建).*|.*(一批|等|各类).*");

    private static final Pattern SPACES = Pattern.compile("[\\s\u3000]+");
    private static final Pattern VERB = Pattern.compile(VERBS);

    private ProjectReader() {
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
        String name = LEADING_VERB.matcher(raw.trim()).replaceFirst("").replaceFirst("建设$", "");
        if (name.length() >= 4 && name.length() <= 40 && !GENERIC.matcher(name).matches()
                && out.stream().noneMatch(existing -> existing.contains(name))) {
            out.removeIf(name::contains);
            out.add(name);
        }
    }
}
