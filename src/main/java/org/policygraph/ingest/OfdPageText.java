package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text objects of one OFD page description (a page's or a template's Content.xml), each TextCode placed on the
 * page from its object's Boundary, CTM and its own X, Y and DeltaX (millimetres, y downwards), and its thin path
 * objects (lines, thin filled rectangles) as ruling lines; {@link OfdLayout} reads them in lines and tables. Also
 * collects the page's template ids.
 */
final class OfdPageText {
    /** A run of text on the page: from x0 to x1 on baseline y, in characters of height {@code size}. */
    record Piece(double x0, double x1, double y, double size, String text) {
    }

    static final double POINTS_PER_MM = 72 / 25.4;
    private static final double THIN = 1;
    private final List<Piece> pieces = new ArrayList<>();
    private final List<PdfGrid.Segment> rulings = new ArrayList<>();
    private final List<String> templates = new ArrayList<>();
    private final ReadBudget budget;

    OfdPageText(ReadBudget budget) {
        this.budget = budget;
    }

    List<String> templates() {
        return templates;
    }

    /** Adds the text objects of one Content.xml, counting their characters through the file's budget. */
    void read(XMLStreamReader xml) throws XMLStreamException {
        TextObject object = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "Template" -> templates.add(attribute(xml, "TemplateID"));
                    case "PathObject" -> ruling(numbers(attribute(xml, "Boundary")));
                    case "TextObject" -> object = new TextObject(numbers(attribute(xml, "Boundary")),
                            numbers(attribute(xml, "CTM")), number(attribute(xml, "Size"), 3.5));
                    case "TextCode" -> {
                        if (object != null) {
                            code(xml, object);
                        }
                    }
                    default -> { }
                }
            } else if (event == XMLStreamReader.END_ELEMENT && xml.getLocalName().equals("TextObject")) {
                object = null;
            }
        }
    }

    private void code(XMLStreamReader xml, TextObject object) throws XMLStreamException {
        String x = attribute(xml, "X");
        String y = attribute(xml, "Y");
        List<Double> deltas = OfdDeltas.expand(attribute(xml, "DeltaX"));
        String text = xml.getElementText();
        budget.characters(text.length());
        object.x = x == null ? object.x : number(x, 0);
        object.y = y == null ? object.y : number(y, 0);
        if (text.isBlank()) {
            return;
        }
        double advance = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            advance += i < deltas.size() ? deltas.get(i) : object.size;
        }
        double last = Character.UnicodeScript.of(text.codePointBefore(text.length())) == Character.UnicodeScript.HAN
                ? object.size : object.size / 2;
        pieces.add(object.place(object.x, object.x + advance + last, object.y, text));
        object.x += advance + last;
    }

    /** A thin path object (a line stroked, or a thin rectangle filled) is a ruling, in points like a PDF's. */
    private void ruling(double[] box) {
        if (box == null || box.length < 4 || rulings.size() >= PdfRulings.MAX_SEGMENTS) {
            return;
        }
        double x = box[0] * POINTS_PER_MM;
        double y = box[1] * POINTS_PER_MM;
        double w = box[2] * POINTS_PER_MM;
        double h = box[3] * POINTS_PER_MM;
        if (box[3] <= THIN && box[2] > 3 * THIN) {
            rulings.add(new PdfGrid.Segment(true, (float) x, (float) (y + h / 2), (float) (x + w), (float) (y + h / 2)));
        } else if (box[2] <= THIN && box[3] > 3 * THIN) {
            rulings.add(new PdfGrid.Segment(false, (float) (x + w / 2), (float) y, (float) (x + w / 2), (float) (y + h)));
        }
    }

    /** The page's lines top to bottom, and the tables its rulings draw as TAB rows where they stand. */
    void write(TextLines out, ReadBudget budget) {
        OfdLayout.write(pieces, rulings, out, budget);
    }

    private static String attribute(XMLStreamReader xml, String name) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals(name)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    private static double[] numbers(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] parts = value.strip().split("[\\s,]+");
        double[] numbers = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            numbers[i] = number(parts[i], 0);
        }
        return numbers;
    }

    private static double number(String value, double otherwise) {
        try {
            return value == null ? otherwise : Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** A TextObject being read: where its box is, how its own coordinates map onto it, where its text has got to. */
    private static final class TextObject {
        private final double left;
        private final double top;
        private final double[] ctm;
        private final double size;
        private double x;
        private double y;

        TextObject(double[] boundary, double[] ctm, double size) {
            this.left = boundary != null && boundary.length >= 2 ? boundary[0] : 0;
            this.top = boundary != null && boundary.length >= 2 ? boundary[1] : 0;
            this.ctm = ctm != null && ctm.length == 6 ? ctm : null;
            this.size = size * (this.ctm == null ? 1 : Math.abs(this.ctm[3]) > 0 ? Math.abs(this.ctm[3]) : 1);
        }

        Piece place(double fromX, double toX, double baseline, String text) {
            if (ctm == null) {
                return new Piece(left + fromX, left + toX, top + baseline, size, text);
            }
            double x0 = ctm[0] * fromX + ctm[2] * baseline + ctm[4];
            double x1 = ctm[0] * toX + ctm[2] * baseline + ctm[4];
            double y = ctm[1] * fromX + ctm[3] * baseline + ctm[5];
            return new Piece(left + Math.min(x0, x1), left + Math.max(x0, x1), top + y, size, text);
        }
    }

}
