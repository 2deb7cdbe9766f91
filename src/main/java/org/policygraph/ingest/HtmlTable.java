package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * An HTML {@code <table>} as rows of cells, rowspan and colspan repeated into every position they cover. A table
 * used for page layout (a single column, a nested table, or a cell holding whole paragraphs of the page) is not a
 * data table: its cells are read as ordinary blocks.
 */
final class HtmlTable {
    private static final int MAX_SPAN = 100;
    private static final int PAGE_CELL_BLOCKS = 3;
    private static final int PAGE_CELL_CHARS = 200;

    boolean holdsData(Element table) {
        if (table.getElementsByTag("table").size() > 1) {
            return false;
        }
        List<Element> rows = ownRows(table);
        boolean columns = rows.stream().anyMatch(r -> r.children().stream().filter(HtmlTable::isCell).count() > 1);
        return columns && rows.stream().flatMap(r -> r.children().stream()).filter(HtmlTable::isCell)
                .noneMatch(HtmlTable::holdsPageText);
    }

    List<TextLines.Row> rows(Element table, ReadBudget budget) {
        List<TextLines.Row> rows = new ArrayList<>();
        Map<Integer, Carried> carried = new HashMap<>();
        int width = 0;
        for (Element tr : ownRows(table)) {
            List<String> cells = new ArrayList<>();
            List<Element> own = tr.children().stream().filter(HtmlTable::isCell).toList();
            boolean anyCarried = false;
            for (Element td : own) {
                anyCarried |= fillCarried(carried, cells);
                String text = TextLines.cell(td.text());
                int colspan = span(td, "colspan");
                int rowspan = span(td, "rowspan");
                for (int k = 0; k < colspan; k++) {
                    if (rowspan > 1) {
                        carried.put(cells.size(), new Carried(text, rowspan - 1));
                    }
                    cells.add(text);
                }
            }
            anyCarried |= fillCarried(carried, cells);
            while (carried.keySet().stream().anyMatch(c -> c >= cells.size())) {
                Carried c = carried.get(cells.size());
                cells.add(c == null ? "" : take(carried, cells.size(), c));
                anyCarried = true;
            }
            budget.cells(cells.size());
            width = Math.max(width, cells.size());
            rows.add(new TextLines.Row(cells, own.size() == 1 && !anyCarried));
        }
        int columns = width;
        return rows.stream().map(r -> new TextLines.Row(r.cells(), r.spansAll() && columns > 1)).toList();
    }

    /** Adds the cells carried down from rows above into the next positions; true when there were any. */
    private static boolean fillCarried(Map<Integer, Carried> carried, List<String> cells) {
        boolean any = false;
        for (Carried c = carried.get(cells.size()); c != null; c = carried.get(cells.size())) {
            cells.add(take(carried, cells.size(), c));
            any = true;
        }
        return any;
    }

    private static String take(Map<Integer, Carried> carried, int column, Carried c) {
        if (c.rows() <= 1) {
            carried.remove(column);
        } else {
            carried.put(column, new Carried(c.text(), c.rows() - 1));
        }
        return c.text();
    }

    /** The table's rows, directly or in its thead, tbody and tfoot (not those of a nested table). */
    private static List<Element> ownRows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            if (child.normalName().equals("tr")) {
                rows.add(child);
            } else if (child.normalName().matches("thead|tbody|tfoot")) {
                child.children().stream().filter(r -> r.normalName().equals("tr")).forEach(rows::add);
            }
        }
        return rows;
    }

    private static boolean isCell(Element e) {
        return e.normalName().equals("td") || e.normalName().equals("th");
    }

    private static boolean holdsPageText(Element cell) {
        long blocks = cell.children().stream()
                .filter(c -> c.normalName().matches("p|div|h[1-6]|ul|ol|table|section|article")).count();
        return blocks >= PAGE_CELL_BLOCKS && cell.text().length() > PAGE_CELL_CHARS;
    }

    private static int span(Element cell, String attribute) {
        try {
            int value = Integer.parseInt(cell.attr(attribute).strip());
            return Math.max(1, Math.min(value, MAX_SPAN));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private record Carried(String text, int rows) {
    }
}
