package org.policygraph.ingest;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;

/**
 * The label Word draws before an automatically numbered paragraph (「一、」, 「（二）」, 「3.」), which is not in the
 * paragraph's text but is what the parser's outline is built from. Counts per list, in document order.
 */
final class DocxNumbering {
    private static final int LEVELS = 9;
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";
    private static final String HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";
    private final XWPFNumbering numbering;
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    DocxNumbering(XWPFNumbering numbering) {
        this.numbering = numbering;
    }

    /** The label of this paragraph ("" when it is not numbered or a bullet); counts it. */
    String label(XWPFParagraph paragraph) {
        BigInteger numId = paragraph.getNumID();
        if (numId == null || numbering == null) {
            return "";
        }
        int level = paragraph.getNumIlvl() == null ? 0 : Math.min(paragraph.getNumIlvl().intValue(), LEVELS - 1);
        CTLvl[] levels = levels(numId);
        if (levels[level] == null || !levels[level].isSetLvlText()) {
            return "";
        }
        int[] count = counters.computeIfAbsent(numId, k -> new int[LEVELS]);
        count[level] = count[level] == 0 ? start(levels[level]) : count[level] + 1;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) {
            count[deeper] = 0;
        }
        String own = format(levels[level]);
        if (own.equals("bullet") || own.equals("none")) {
            return "";
        }
        String label = levels[level].getLvlText().getVal();
        for (int l = 0; l <= level; l++) {
            int value = count[l] == 0 ? start(levels[l]) : count[l];
            label = label.replace("%" + (l + 1), format(value, format(levels[l])));
        }
        return label;
    }

    private CTLvl[] levels(BigInteger numId) {
        CTLvl[] levels = new CTLvl[LEVELS];
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return levels;
        }
        XWPFAbstractNum abstractNum = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        if (abstractNum == null) {
            return levels;
        }
        for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
            int ilvl = lvl.getIlvl() == null ? 0 : lvl.getIlvl().intValue();
            if (ilvl >= 0 && ilvl < LEVELS) {
                levels[ilvl] = lvl;
            }
        }
        return levels;
    }

    private static int start(CTLvl lvl) {
        return lvl != null && lvl.isSetStart() ? lvl.getStart().getVal().intValue() : 1;
    }

    private static String format(CTLvl lvl) {
        return lvl != null && lvl.isSetNumFmt() ? lvl.getNumFmt().getVal().toString() : "decimal";
    }

    static String format(int n, String format) {
        return switch (format) {
            case "chineseCounting", "chineseCountingThousand", "ideographDigital", "japaneseCounting",
                 "taiwaneseCounting", "taiwaneseCountingThousand", "chineseLegalSimplified", "ideographLegalTraditional" ->
                    chinese(n);
            case "ideographTraditional" -> n >= 1 && n <= 10 ? String.valueOf(HEAVENLY_STEMS.charAt(n - 1)) : chinese(n);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
                    n >= 1 && n <= 20 ? String.valueOf((char) ('①' + n - 1)) : String.valueOf(n);
            case "decimalFullWidth", "decimalFullWidth2" -> String.valueOf(n).chars()
                    .mapToObj(c -> String.valueOf((char) (c - '0' + '０'))).reduce("", String::concat);
            case "lowerLetter" -> n >= 1 && n <= 26 ? String.valueOf((char) ('a' + n - 1)) : String.valueOf(n);
            case "upperLetter" -> n >= 1 && n <= 26 ? String.valueOf((char) ('A' + n - 1)) : String.valueOf(n);
            case "lowerRoman" -> roman(n).toLowerCase();
            case "upperRoman" -> roman(n);
            default -> String.valueOf(n);
        };
    }

    /** 1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十, 99 -> 九十九 (larger numbers in digits). */
    private static String chinese(int n) {
        if (n < 0 || n >= 100) {
            return String.valueOf(n);
        }
        if (n < 10) {
            return String.valueOf(CHINESE_DIGITS.charAt(n));
        }
        String tens = n / 10 == 1 ? "十" : CHINESE_DIGITS.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + CHINESE_DIGITS.charAt(n % 10);
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return String.valueOf(n);
        }
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            for (; n >= values[i]; n -= values[i]) {
                out.append(symbols[i]);
            }
        }
        return out.toString();
    }
}
