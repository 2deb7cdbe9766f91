package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a PDF page prints around its text: a running header or footer (a line that, with its digits masked, comes
 * back at the top or the bottom of most pages, such as a browser's date and title or the file's address) and page
 * numbers (—4—, - 4 -, 第4页, 4/10, 第 4 页 共 10 页, Page 4 of 10, a bare number). Only the outermost lines of
 * a page are looked at, so the same words inside the text stay.
 */
final class PdfPageFurniture {
    private static final int ZONE = 2;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)[—－\\-–~·•]*\\d{1,4}[—－\\-–~·•]*|第\\d{1,4}页(共\\d{1,4}页)?|共\\d{1,4}页第\\d{1,4}页|\\d{1,4}/\\d{1,4}"
                    + "|page\\d{1,4}(of\\d{1,4})?");

    private PdfPageFurniture() {
    }

    /**
     * The pages' lines without their running headers, footers and page numbers, peeled from the top and the bottom
     * of each page: up to {@value #ZONE} lines each way, stopping at the first line that is neither.
     */
    static List<List<String>> drop(List<List<String>> pages) {
        Set<String> running = running(pages);
        List<List<String>> out = new ArrayList<>();
        for (List<String> page : pages) {
            int from = 0;
            int to = page.size();
            while (from < Math.min(ZONE, to) && isFurniture(page.get(from), running)) {
                from++;
            }
            while (to > Math.max(from, page.size() - ZONE) && isFurniture(page.get(to - 1), running)) {
                to--;
            }
            out.add(List.copyOf(page.subList(from, to)));
        }
        return out;
    }

    private static boolean isFurniture(String line, Set<String> running) {
        return running.contains(mask(line)) || isPageNumber(line);
    }

    static boolean isPageNumber(String line) {
        return PAGE_NUMBER.matcher(squeeze(line)).matches();
    }

    /** The masked lines found in the top or bottom zone of more than half the pages (of every page, for two). */
    private static Set<String> running(List<List<String>> pages) {
        if (pages.size() < 2) {
            return Set.of();
        }
        Map<String, Integer> pagesWith = new HashMap<>();
        for (List<String> page : pages) {
            Set<String> zone = new HashSet<>();
            for (int i = 0; i < page.size(); i++) {
                if (i < ZONE || i >= page.size() - ZONE) {
                    zone.add(mask(page.get(i)));
                }
            }
            zone.forEach(line -> pagesWith.merge(line, 1, Integer::sum));
        }
        int needed = pages.size() == 2 ? 2 : pages.size() / 2 + 1;
        Set<String> running = new HashSet<>();
        pagesWith.forEach((line, count) -> {
            if (count >= needed && !line.isEmpty()) {
                running.add(line);
            }
        });
        return running;
    }

    private static String mask(String line) {
        return squeeze(line).replaceAll("[0-9０-９]+", "#");
    }

    private static String squeeze(String line) {
        return line.replaceAll("[\\s\\u3000]+", "");
    }
}
