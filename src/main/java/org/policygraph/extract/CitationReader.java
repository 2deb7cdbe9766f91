package org.policygraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads documents cited in the text: 《title》（郑政〔2016〕29号） and bare numbers. Numbers are normalised (no spaces,
 * 〔〕 brackets); a doubled place character (the gazette's 郑郑文〔2017〕44号) is read as the 郑政 it stands for.
 */
final class CitationReader {
    private static final String NUMBER = "((?:郑|豫|国|中|省|市)[政办文发函字令电明传郑委]{0,5}\\s*[〔\\[【(（]\\s*\\d{4}\\s*[〕\\]】)）]\\s*第?\\s*\\d+\\s*号)";
    private static final Pattern TITLED = Pattern.compile("《([^《》]{2,80})》\\s*[（(]\\s*" + NUMBER + "\\s*[）)]");
    private static final Pattern BARE = Pattern.compile(NUMBER);

    private CitationReader() {
    }

    static List<CitedDocument> read(String text, String ownDocNo) {
        Map<String, CitedDocument> out = new LinkedHashMap<>();
        Matcher t = TITLED.matcher(text);
        while (t.find()) {
            String docNo = normalise(t.group(2));
            out.put(docNo, new CitedDocument(docNo, t.group(1).trim()));
        }
        Matcher b = BARE.matcher(text);
        while (b.find()) {
            out.putIfAbsent(normalise(b.group(1)), new CitedDocument(normalise(b.group(1)), null));
        }
        String own = ownDocNo == null ? null : normalise(ownDocNo);
        List<CitedDocument> cited = new ArrayList<>(out.values());
        cited.removeIf(c -> c.docNo().equals(own));
        return cited;
    }

    static String normalise(String docNo) {
        String s = docNo.replaceAll("\\s+", "").replaceAll("[\\[【(（]", "〔").replaceAll("[\\]】)）]", "〕")
                .replace("第", "");
        return s.startsWith("郑郑") ? "郑政" + s.substring(2) : s;
    }
}
