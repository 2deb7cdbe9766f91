package org.policygraph.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policygraph.parse.MetadataFields.Entry;
import org.policygraph.parse.MetadataFields.Field;

/**
 * The fields of a page's metadata block read so far, line by line, in any order and layout (see
 * {@link MetadataFields}); a label alone on its line takes the next line as its value. The first value of a field
 * stands.
 */
final class MetadataBlock {
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-年/.]\\s*(\\d{1,2})\\s*[-月/.]\\s*(\\d{1,2})");
    /** A markdown table's rule under its first row. */
    private static final Pattern RULE_ROW = Pattern.compile("^[|\\s:-]*-{2,}[|\\s:-]*$");
    /** A line of running text is no value of a label above it. */
    private static final Pattern SENTENCE = Pattern.compile("[。；;！？]$|^.{61,}$");
    private final LineCleaner cleaner = new LineCleaner();
    private final Map<Field, String> values = new EnumMap<>(Field.class);
    private Field pending;

    /** True when the raw line belongs to the block: its fields are kept, and it is neither title nor body. */
    boolean accept(String raw) {
        List<Entry> entries = MetadataFields.get().read(raw);
        if (entries.isEmpty()) {
            return valueOfPending(raw) || !values.isEmpty() && RULE_ROW.matcher(raw.strip()).matches();
        }
        pending = entries.size() == 1 && entries.get(0).value().isEmpty() ? entries.get(0).field() : null;
        entries.stream().filter(e -> !e.value().isEmpty()).forEach(e -> values.putIfAbsent(e.field(), e.value()));
        return true;
    }

    private boolean valueOfPending(String raw) {
        Field field = pending;
        pending = null;
        String text = cleaner.cleanText(raw);
        if (field == null || text.isEmpty() || SENTENCE.matcher(text).find()) {
            return false;
        }
        values.putIfAbsent(field, raw.strip());
        return true;
    }

    /** The number of the 文号 field, normalised (蔡政办〔2023〕1号); null when there is none or it is no number. */
    String docNo() {
        Matcher m = DocumentNumber.DOC_NO.matcher(cleaned(Field.NUMBER));
        return m.find() ? DocumentNumber.normalise(m) : null;
    }

    /** The issuing organ (发文机关, 发布机构…), or null. */
    String issuer() {
        String issuer = cleaned(Field.ISSUER);
        return issuer.isEmpty() ? null : issuer;
    }

    /** The title field (标题, 名称…), or null. */
    String title() {
        String title = cleaned(Field.TITLE);
        return title.isEmpty() ? null : title;
    }

    /** The date the document was written or issued (成文日期, then 发文日期), or null. */
    LocalDate issuedOn() {
        LocalDate written = date(Field.WRITTEN);
        return written != null ? written : date(Field.ISSUED);
    }

    /** The date the site published it (发布日期, 时间…), or null. */
    LocalDate publishedOn() {
        return date(Field.PUBLISHED);
    }

    private LocalDate date(Field field) {
        Matcher m = DATE.matcher(values.getOrDefault(field, ""));
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private String cleaned(Field field) {
        return cleaner.cleanText(values.getOrDefault(field, ""));
    }
}
