package org.policygraph.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * .html and .htm (jsoup): the page's text without scripts, styles and the site's navigation, header, footer and
 * asides; block elements end lines; data tables become TAB rows. The charset is the byte-order mark's, else the
 * meta tag's, else UTF-8, else GB18030. The {@code <title>} is put first only when the body shows no title.
 */
final class HtmlText implements FormatReader {
    private static final String DROPPED = "script, style, noscript, template, nav, header, footer, aside, iframe,"
            + " object, svg, canvas, select, button, [hidden], [style~=(?i)display\\s*:\\s*none]";
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
            "ul", "ol", "dl", "dt", "dd", "section", "article", "main", "blockquote", "pre", "center", "table",
            "caption", "figure", "figcaption", "address", "hr", "form", "fieldset", "body", "td", "th");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)|<\\?xml[^>]*encoding\\s*=\\s*[\"']([a-z0-9_.:-]+)");
    private static final Pattern TITLE_SEPARATORS = Pattern.compile("\\s*[_|｜]\\s*|\\s+[-—–]+\\s+");
    private static final int META_WINDOW = 4096;
    private static final int TITLE_SEARCH_LINES = 15;
    private final HtmlTable tables = new HtmlTable();

    @Override
    public String read(String fileName, byte[] content, ReadBudget budget) {
        String markup = decode(fileName, content);
        budget.elements(tags(markup));
        Document page = Jsoup.parse(markup);
        page.select(DROPPED).remove();
        TextLines lines = new TextLines(budget);
        walk(page.body(), lines, budget);
        if (lines.isEmpty()) {
            throw UnreadableFileException.broken(fileName, "the page holds no text");
        }
        String title = mainTitle(page.title());
        boolean bodyHasTitle = !page.body().select("h1").text().isBlank() || shows(lines.text(), title);
        return bodyHasTitle || title.isEmpty() ? lines.text() : title + "\n" + lines.text();
    }

    /** The elements the markup can become at most: every '<' before a letter opens one. */
    private static long tags(String markup) {
        long count = 0;
        for (int i = markup.indexOf('<'); i >= 0 && i + 1 < markup.length(); i = markup.indexOf('<', i + 1)) {
            if (Character.isLetter(markup.charAt(i + 1))) {
                count++;
            }
        }
        return count;
    }

    private void walk(Node node, TextLines lines, ReadBudget budget) {
        if (node instanceof TextNode text) {
            lines.append(text.text());
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        String tag = element.normalName();
        if (tag.equals("br")) {
            lines.endLine();
            return;
        }
        if (tag.equals("table") && tables.holdsData(element)) {
            lines.endLine();
            lines.table(tables.rows(element, budget));
            return;
        }
        boolean block = BLOCKS.contains(tag);
        if (block) {
            lines.endLine();
        }
        if (tag.equals("pre")) {
            element.wholeText().lines().forEach(line -> {
                lines.append(line);
                lines.endLine();
            });
        } else {
            element.childNodes().forEach(child -> walk(child, lines, budget));
        }
        if (block) {
            lines.endLine();
        }
    }

    /** "关于…的实施意见_广州市人民政府门户网站" -> its longest part, the document's own title. */
    private static String mainTitle(String title) {
        return Arrays.stream(TITLE_SEPARATORS.split(title.strip())).max(Comparator.comparingInt(String::length))
                .orElse("").strip();
    }

    private static boolean shows(String text, String title) {
        String wanted = title.replaceAll("\\s+", "");
        List<String> first = text.lines().limit(TITLE_SEARCH_LINES).map(l -> l.replaceAll("\\s+", "")).toList();
        return !wanted.isEmpty() && first.stream().anyMatch(l -> l.contains(wanted) || l.length() >= 6 && wanted.contains(l));
    }

    /** BOM, else the declared charset, else strict UTF-8, else strict GB18030. */
    private static String decode(String fileName, byte[] content) {
        String text = TextDecoder.withByteOrderMark(content);
        if (text != null) {
            return text;
        }
        if (TextDecoder.looksBinary(content)) {
            String kind = FileSignature.describe(content);
            throw UnreadableFileException.broken(fileName, "not an HTML page but " + (kind == null ? "binary data" : kind));
        }
        Charset declared = declaredCharset(content);
        text = declared == null ? null : TextDecoder.strict(content, declared);
        text = text != null ? text : TextDecoder.strictOrFallback(content);
        if (text == null && declared != null) {
            text = new String(content, declared);
        }
        if (text == null) {
            throw UnreadableFileException.broken(fileName, "neither UTF-8 nor GBK/GB18030 text, and no charset declared");
        }
        return text;
    }

    private static Charset declaredCharset(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, META_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
        if (name.matches("gb2312|gbk|x-gbk|gb_2312-80|cp936|euc-cn")) {
            return TextDecoder.GB18030;
        }
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalCharsetNameException e) {
            return null;
        }
    }
}
