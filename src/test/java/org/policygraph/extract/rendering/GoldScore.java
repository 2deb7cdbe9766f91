package org.policygraph.extract.rendering;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Scores exported tasks against gold tasks the way ../shared/real/score.py does: a gold task is matched to the task
 * of its file whose text holds the gold's words (numbering, spaces and punctuation widths aside), units match as
 * written or without their level prefix, a deadline matches when one text holds the other or their numbers agree.
 */
final class GoldScore {
    enum Field { LEADS, SUPPORTS, DEADLINE }

    private static final Pattern NUMBERING = Pattern.compile("^[（(]?[0-9一二三四五六七八九十]+[）)．.、]\\s*");
    private static final Pattern PREFIX = Pattern.compile("^(.{1,4}?(省|市|区|县))");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private final Map<Field, int[]> counts = new EnumMap<>(Field.class);
    final List<String> misses = new ArrayList<>();

    GoldScore() {
        for (Field f : Field.values()) {
            counts.put(f, new int[3]);
        }
    }

    static String fold(String s) {
        return (s == null ? "" : s).replaceAll("\\s+", "").replace('，', ',').replace('：', ':').replace('；', ';')
                .replace('（', '(').replace('）', ')').replace('！', '!').replace('？', '?').replace('．', '.');
    }

    void add(GoldTask g, List<ExportedTask> sameFile) {
        String key = NUMBERING.matcher(fold(g.task())).replaceFirst("").replaceAll("[。.]+$", "");
        List<ExportedTask> cands = sameFile.stream().filter(t -> !key.isEmpty() && (fold(t.text()).contains(key)
                || fold(t.text()).length() >= 6 && key.contains(fold(t.text())))).toList();
        ExportedTask t = (cands.isEmpty() ? sameFile.stream().filter(x -> x.line() == g.line()).toList() : cands)
                .stream().min(Comparator.comparing((ExportedTask x) -> !x.hasUnits())
                        .thenComparingInt(x -> Math.abs(x.line() - g.line()))).orElse(null);
        units(Field.LEADS, g, g.leads(), t == null ? List.of() : t.leads());
        units(Field.SUPPORTS, g, g.supports(), t == null ? List.of() : t.supports());
        deadline(g, t == null ? null : t.deadline());
    }

    private void units(Field field, GoldTask g, List<String> gold, List<String> found) {
        List<String> left = new ArrayList<>(found);
        for (String u : gold) {
            String hit = left.stream().filter(x -> sameUnit(u, x)).findFirst().orElse(null);
            if (hit != null) {
                counts.get(field)[0]++;
                left.remove(hit);
            } else {
                counts.get(field)[2]++;
                misses.add(field + " " + g.file() + ":" + g.line() + " missing " + u + " in " + found);
            }
        }
        counts.get(field)[1] += left.size();
        left.forEach(x -> misses.add(field + " " + g.file() + ":" + g.line() + " extra " + x + " (gold " + gold + ")"));
    }

    private void deadline(GoldTask g, String found) {
        String gd = g.deadline();
        int[] c = counts.get(Field.DEADLINE);
        if (gd != null && found != null && (fold(found).contains(fold(gd)) || fold(gd).contains(fold(found))
                || numbersAgree(gd, found))) {
            c[0]++;
            return;
        }
        if (gd != null) {
            c[2]++;
            misses.add("DEADLINE " + g.file() + ":" + g.line() + " want " + gd + " got " + found);
        }
        if (found != null) {
            c[1]++;
            if (gd == null) {
                misses.add("DEADLINE " + g.file() + ":" + g.line() + " extra " + found);
            }
        }
    }

    private static boolean numbersAgree(String gold, String found) {
        List<String> a = DIGITS.matcher(gold).results().map(m -> m.group()).toList();
        List<String> b = DIGITS.matcher(found).results().map(m -> m.group()).toList();
        return b.size() >= a.size() && b.subList(0, a.size()).equals(a);
    }

    private static boolean sameUnit(String a, String b) {
        String x = fold(a).replaceAll("等(部门|单位)?$", "");
        String y = fold(b).replaceAll("等(部门|单位)?$", "");
        String sx = PREFIX.matcher(x).replaceFirst("");
        String sy = PREFIX.matcher(y).replaceFirst("");
        return x.equals(y) || sx.equals(sy) && sx.length() >= 2;
    }

    double f1(Field field) {
        int[] c = counts.get(field);
        double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
        return p + r == 0 ? (c[0] + c[1] + c[2] == 0 ? 1 : 0) : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format("leads %.3f supports %.3f deadline %.3f", f1(Field.LEADS), f1(Field.SUPPORTS),
                f1(Field.DEADLINE));
    }
}
