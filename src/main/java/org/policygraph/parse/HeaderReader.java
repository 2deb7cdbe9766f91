package org.policygraph.parse;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads number, issuer, title and date from the header lines of one document: the issuer line
 * (郑州市人民政府 / …文件), the number line, the title lines (关于…的通知, possibly split over lines). The date comes
 * from a metadata block's 成文日期/发文日期 (any order or layout, {@link MetadataBlock}), else the number line, else the
 * signature date line, else a published date (发布日期:2016-06-22). A metadata block's 文号, 发文机关 and 标题 come
 * first, and none of its lines is ever the title.
 */
final class HeaderReader {
    private static final String ISSUERS_RESOURCE = "graph-import/doc-number-issuers.tsv";
    private static final Pattern TITLE_END = Pattern.compile(
            "(通知|意见|决定|通报|方案|办法|规定|批复|报告|函|规划|计划|细则|公告|通告|决议|纪要|要点|制度|规则|名单)$");
    private static final Pattern SALUTATION = Pattern.compile("[：:]$");
    /** A title is a heading: short, no sentence end, not a sentence opening (为…, 根据…). */
    private static final Pattern NOT_A_TITLE = Pattern.compile("[。；;]$|^(为|根据|按照|依据|近日|近年来|当前)|.{61,}");
    /** 「重庆市沙坪坝区人民政府办公室关于印发…的通知」: the organ before 关于 issued it. */
    private static final Pattern TITLE_ISSUER = Pattern.compile(
            "^(\\p{IsHan}{2,30}?(?:人民政府办公室|人民政府办公厅|人民政府|政府办公厅|政府办公室|办公厅|办公室|委员会))关于");
    /** 「近日，省政府办公厅印发2020年…的通知」: a report of the issuing in the first lines. */
    private static final Pattern ISSUED_BY = Pattern.compile(
            "(?:^|[，,。])(\\p{IsHan}{2,20}?(?:人民政府办公室|人民政府办公厅|人民政府|政府办公厅|政府办公室|办公厅|办公室|政府))(?:近日|日前)?(?:印发|发布|下发)了?[\\p{IsHan}\\d《“]");
    private static final int ISSUED_BY_LINES = 5;
    /** A date alone on its line, bare (a signature's) or in brackets under the title (「(2012年9月19日)」). */
    private static final Pattern DATE_LINE = Pattern.compile("^[（(]?" + DocumentNumber.DATE.pattern() + "[）)]?$");
    private static final int HEADER_LINES = 10;
    private final Map<String, String> issuerByPrefix;

    HeaderReader() {
        this.issuerByPrefix = loadIssuers();
    }

    DocumentHeader read(List<SourceLine> lines) {
        Draft draft = new Draft();
        MetadataBlock block = new MetadataBlock();
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < HEADER_LINES; i++) {
            String text = lines.get(i).text();
            if (text.isEmpty()) {
                continue;
            }
            if (block.accept(lines.get(i).raw())) {
                draft.bodyStart = Math.max(draft.bodyStart, i + 1);
                continue;
            }
            if (SALUTATION.matcher(text).find() || Marker.startsWithMarker(text)) {
                break;
            }
            draft.accept(text, i, ++seen == 1);
        }
        String docNo = firstOf(block.docNo(), draft.docNo);
        String title = firstOf(block.title(), draft.title == null ? null : draft.title.toString());
        String issuer = firstOf(block.issuer(), draft.issuer, issuerOf(docNo));
        if (issuer == null) {
            issuer = namedIssuer(title == null ? "" : title, lines);
        }
        LocalDate date = firstOf(block.issuedOn(), draft.date, signatureDate(lines), block.publishedOn(), labelledDate(lines));
        return new DocumentHeader(docNo, title, issuer, date, draft.bodyStart);
    }

    @SafeVarargs
    private static <T> T firstOf(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The issuer a title opens with, or that the first lines report as issuing the document; null if none. */
    private static String namedIssuer(String title, List<SourceLine> lines) {
        Matcher inTitle = TITLE_ISSUER.matcher(title);
        if (inTitle.find()) {
            return inTitle.group(1);
        }
        for (int i = 0; i < Math.min(ISSUED_BY_LINES, lines.size()); i++) {
            Matcher reported = ISSUED_BY.matcher(lines.get(i).text());
            if (reported.find()) {
                return reported.group(1);
            }
        }
        return null;
    }

    /** What the header lines read so far say; {@code bodyStart} moves past every line that belongs to the header. */
    private static final class Draft {
        String docNo;
        String issuer;
        StringBuilder title;
        LocalDate date;
        int bodyStart;
        boolean titleOpen;

        void accept(String line, int index, boolean firstLine) {
            Matcher number = DocumentNumber.DOC_NO.matcher(line);
            if (DocumentNumber.isNumberLine(line) && number.find()) {
                docNo = docNo == null ? DocumentNumber.normalise(number) : docNo;
                date = date == null ? dateIn(line) : date;
                bodyStart = index + 1;
                titleOpen = false;
                return;
            }
            String text = line;
            Matcher issuerLine = GazetteSplitter.ISSUER_LINE.matcher(text);
            if (issuerLine.find()) {
                issuer = issuer == null ? issuerLine.group(1) : issuer;
                text = text.substring(issuerLine.end());
                bodyStart = index + 1;
            }
            boolean heading = !NOT_A_TITLE.matcher(text).find();
            if (title == null && heading && (GazetteSplitter.TITLE_START.matcher(text).find() || firstLine && issuer == null)) {
                title = new StringBuilder(text);
                titleOpen = GazetteSplitter.TITLE_START.matcher(text).find();
                bodyStart = index + 1;
            } else if (titleOpen && !text.isEmpty()) {
                title.append(text);
                bodyStart = index + 1;
            }
            titleOpen = titleOpen && !TITLE_END.matcher(title).find();
        }
    }

    private String issuerOf(String docNo) {
        if (docNo == null) {
            return null;
        }
        return issuerByPrefix.get(docNo.substring(0, docNo.indexOf('〔')));
    }

    /** The first line that is a date alone (the signature's 2023年1月3日, a bracketed date under the title). */
    private static LocalDate signatureDate(List<SourceLine> lines) {
        for (SourceLine line : lines) {
            if (DATE_LINE.matcher(line.text()).matches()) {
                return dateIn(line.text());
            }
        }
        return null;
    }

    /** The first date of a metadata line anywhere in the document (a page's 发布日期 below the text). */
    private static LocalDate labelledDate(List<SourceLine> lines) {
        for (SourceLine line : lines) {
            MetadataBlock block = new MetadataBlock();
            if (!MetadataFields.get().read(line.raw()).isEmpty() && block.accept(line.raw())) {
                LocalDate date = firstOf(block.issuedOn(), block.publishedOn());
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    private static LocalDate dateIn(String text) {
        Matcher m = DocumentNumber.DATE.matcher(text);
        return m.find() ? date(m.group(1), m.group(2), m.group(3)) : null;
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static Map<String, String> loadIssuers() {
        Map<String, String> issuers = new HashMap<>();
        for (String line : ResourceLines.of(ISSUERS_RESOURCE)) {
            String[] fields = line.strip().split("\t");
            if (fields.length == 2) {
                issuers.put(fields[0], fields[1]);
            }
        }
        return issuers;
    }
}
