package org.policygraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads documents cited in the text: 《title》（郑政〔2016〕29号） and bare numbers. Numbers are normalised (no spaces,
 * 〔〕 brackets); a typo listed in graph-import/doc-number-typos.tsv (the gazette's 郑郑文〔2017〕44号) is read as the
 * prefix it stands for.
 */
final class CitationReader {
    private static final String CUES = "根据|按照|依据|依照|参照|对照|贯彻|落实|执行|印发|转发|详见|参见|和|及|与|或|、";
    private static final Map<String, String> TYPOS = TsvRows.pairs("graph-import/doc-number-typos.tsv");
    /**
     * A number with any prefix of Chinese characters (穗府办, 浙政发, 郑政文…), not run on from the words before it
     * (「根据」, 「按照」…): the prefix starts after a character that is no Chinese one, or after such a word.
     */
    private static final String NUMBER = "((?:^|(?<=[^\\p{IsHan}]|" + CUES + "))(?!" + CUES + ")\\p{IsHan}{1,8}"
            + "\\s*[〔\\[【(（]\\s*\\d{4}\\s*[〕\\]】)）]\\s*第?\\s*\\d+\\s*号)";
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
        for (Map.Entry<String, String> typo : TYPOS.entrySet()) {
            if (s.startsWith(typo.getKey())) {
                return typo.getValue() + s.substring(typo.getKey().length());
            }
        }
        return s;
    }
}
