package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.policygraph.parse.CorpusParser;
import org.policygraph.parse.ParsedDocument;
import org.policygraph.parse.Section;

/** What each format reader gives the parser: charsets, the parts of a web page that are not the document, Word's numbering. */
class DocumentFormatsTest {
    private static final Charset GBK = Charset.forName("GBK");
    private static final String PLAN = "2017-zhengzhou-opening-up-plan.txt";
    private final DocumentFormats formats = new DocumentFormats();

    @Test
    void should_read_a_text_file_in_gbk_as_the_same_text_as_in_utf8() throws Exception {
        String text = Files.readString(Path.of("graph-import/corpus", PLAN), StandardCharsets.UTF_8);

        assertThat(formats.text(PLAN, text.getBytes(GBK))).isEqualTo(text);
        assertThat(formats.text("bom.txt", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
        assertThat(formats.text("notepad.txt", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE))).isEqualTo(text);
    }

    @Test
    void should_read_a_web_page_in_the_charset_its_meta_tag_declares_or_else_utf8_or_gb18030() {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
                + "<body><p>郑州市人民政府关于印发郑州市2017年对外开放工作实施方案的通知</p></body></html>";
        String undeclared = page.replace("; charset=gb2312", "");

        assertThat(formats.text("gb2312.html", page.getBytes(GBK))).isEqualTo("郑州市人民政府关于印发郑州市2017年对外开放工作实施方案的通知");
        assertThat(formats.text("gbk.htm", undeclared.getBytes(GBK))).isEqualTo("郑州市人民政府关于印发郑州市2017年对外开放工作实施方案的通知");
        assertThat(formats.text("utf8.html", undeclared.getBytes(StandardCharsets.UTF_8))).isEqualTo("郑州市人民政府关于印发郑州市2017年对外开放工作实施方案的通知");
    }

    @Test
    void should_keep_only_the_document_of_a_web_page_one_line_per_block() {
        String page = """
                <html><head><title>关于印发实施方案的通知_郑州市人民政府</title><style>p { margin: 0 }</style></head><body>
                <header>郑州市人民政府 政务公开</header><nav><a>首页</a> &gt; <a>文件</a></nav>
                <div class="article"><h1>关于印发实施方案的通知</h1>
                <div>各县（市、区）人民政府：<br>现将《实施方案》印发给你们，<span>请认真遵照执行。</span></div>
                <ul><li>一、总体思路</li><li>二、主要目标</li></ul>
                <script>document.write('访问量');</script><div style="DISPLAY: none">分享到微信</div></div>
                <aside>相关链接</aside><footer>主办：郑州市人民政府办公厅</footer></body></html>""";

        assertThat(formats.text("notice.html", page.getBytes(StandardCharsets.UTF_8))).isEqualTo("""
                关于印发实施方案的通知
                各县（市、区）人民政府：
                现将《实施方案》印发给你们，请认真遵照执行。
                一、总体思路
                二、主要目标""");
    }

    @Test
    void should_put_the_page_title_first_only_when_the_body_shows_none() {
        String withoutTitle = "<html><head><title>关于推进民生幸福工程的实施意见_广州市人民政府门户网站</title></head>"
                + "<body><p>为深入贯彻科学发展观，就推进民生幸福工程提出以下实施意见。</p></body></html>";
        String withTitle = withoutTitle.replace("<body>", "<body><p>关于推进民生幸福工程的实施意见</p>");

        assertThat(formats.text("a.html", withoutTitle.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("关于推进民生幸福工程的实施意见\n为深入贯彻科学发展观，就推进民生幸福工程提出以下实施意见。");
        assertThat(formats.text("b.html", withTitle.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("关于推进民生幸福工程的实施意见\n为深入贯彻科学发展观，就推进民生幸福工程提出以下实施意见。");
    }

    @Test
    void should_read_the_paragraphs_of_a_page_laid_out_in_a_table_as_paragraphs() {
        String page = "<html><body><table><tr><td>郑州市人民政府</td></tr><tr><td>"
                + "<p>一、总体思路</p><p>全面贯彻新发展理念，紧紧围绕建设国家中心城市这一目标，推进对外开放。</p>"
                + "<p>二、主要目标</p><p>2017年，全市招商引资实际到位资金2000亿元，其中实际吸收外资37.1亿美元。</p>"
                + "</td></tr></table></body></html>";

        assertThat(formats.text("layout.html", page.getBytes(StandardCharsets.UTF_8)).lines())
                .containsExactly("郑州市人民政府", "一、总体思路", "全面贯彻新发展理念，紧紧围绕建设国家中心城市这一目标，推进对外开放。",
                        "二、主要目标", "2017年，全市招商引资实际到位资金2000亿元，其中实际吸收外资37.1亿美元。");
    }

    @Test
    void should_write_the_labels_of_word_automatic_numbering_so_that_the_outline_has_its_sections() throws Exception {
        byte[] docx = numberedDocx();

        String text = formats.text("numbered.docx", docx);
        ParsedDocument document = new CorpusParser().parse("numbered.docx", text).get(0);

        assertThat(text.lines()).containsExactly("郑州市2017年对外开放工作实施方案", "一、总体思路", "（一）招商引资",
                "全市招商引资实际到位资金2000亿元。", "（二）对外贸易", "二、保障措施", "（一）加强组织领导");
        assertThat(document.sections()).extracting(Section::number).containsExactly("一", "二");
        assertThat(document.sections().get(0).children()).extracting(Section::heading).containsExactly("招商引资", "对外贸易");
    }

    private static byte[] numberedDocx() throws Exception {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFNumbering numbering = document.createNumbering();
            CTAbstractNum outline = CTAbstractNum.Factory.newInstance();
            outline.setAbstractNumId(BigInteger.ONE);
            level(outline.addNewLvl(), 0, "%1、");
            level(outline.addNewLvl(), 1, "（%2）");
            BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(outline, numbering)));
            document.createParagraph().createRun().setText("郑州市2017年对外开放工作实施方案");
            List<Object[]> items = List.of(new Object[] {0, "总体思路"}, new Object[] {1, "招商引资"},
                    new Object[] {-1, "全市招商引资实际到位资金2000亿元。"}, new Object[] {1, "对外贸易"},
                    new Object[] {1, ""}, new Object[] {0, "保障措施"}, new Object[] {1, "加强组织领导"});
            for (Object[] item : items) {
                XWPFParagraph paragraph = document.createParagraph();
                if ((int) item[0] >= 0) {
                    paragraph.setNumID(numId);
                    paragraph.setNumILvl(BigInteger.valueOf((int) item[0]));
                }
                paragraph.createRun().setText((String) item[1]);
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    private static void level(CTLvl level, int ilvl, String text) {
        level.setIlvl(BigInteger.valueOf(ilvl));
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(STNumberFormat.CHINESE_COUNTING);
        level.addNewLvlText().setVal(text);
    }
}
