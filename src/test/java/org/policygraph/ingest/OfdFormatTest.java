package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.policygraph.parse.CorpusParser;
import org.policygraph.parse.ParsedDocument;

/** OFD files made by OFD software (see src/test/resources/formats/OFD-SOURCES.md), and hostile or broken packages. */
class OfdFormatTest {
    private final DocumentFormats formats = new DocumentFormats();

    @Test
    void should_read_a_notice_in_reading_order_with_its_document_number_and_signature() {
        String text = formats.text("批复.ofd", BadOfficeFiles.fixture("iofd-notice.ofd"));

        assertThat(text).startsWith("测试符路桥区卫生局文件\n路卫发〔2011〕76号\n关于同意张阿三同志辞职的批复\n区中医院：\n")
                .contains("2011年3月1日\n该同志向医院递交辞职报告").contains("\n测试符路桥区卫生局办公室\n2011年3月10日");
        ParsedDocument document = new CorpusParser().parse("批复.ofd", text).get(0);
        assertThat(document.docNo()).isEqualTo("路卫发〔2011〕76号");
    }

    @Test
    void should_read_every_page_in_lines_and_a_ruled_table_as_rows_with_wrapped_cells_joined() {
        String text = formats.text("标准.ofd", BadOfficeFiles.fixture("suwell-spec-page.ofd"));

        assertThat(text).startsWith("11.4字型变换\n\n名称\t类型\t说明\t可选/必选\n")
                .contains("\nCodeCount\txs:int\t变换关系中字符的数量，该数值应大于或等于1，否则属于错误描述，默认为1\t可选\n")
                .contains("\nGlyphs\tST_Array\t变换关系中字型索引列表\t可选\n")
                .contains("2、多对一\n多个字符对应一个字型的情况描述如下图所示。");
    }

    @Test
    void should_refuse_a_package_without_ofd_xml_or_without_text_or_too_large_or_with_an_external_entity() {
        assertRefused(zip(Map.of("Doc_0/Document.xml", "<Document/>")), "without OFD.xml");
        assertRefused(ofd("<ofd:TextObject ID=\"1\" Boundary=\"0 0 10 10\"/>"), "without text");
        assertRefused(ofd("<ofd:TextObject ID=\"1\" Boundary=\"0 0 10 10\" Size=\"3\"><ofd:TextCode X=\"0\" Y=\"3\">&xxe;"
                + "</ofd:TextCode></ofd:TextObject>"), "damaged OFD document");
        byte[] bomb = zip(Map.of("OFD.xml", "<OFD/>", "Doc_0/Res/font.ttf", "0".repeat((int) ReadBudget.Limits.DEFAULT.inflatedBytes() + 1)));
        assertRefused(bomb, "too large to read");
    }

    @Test
    void should_not_read_a_file_named_by_an_external_entity() {
        String ofd = "<?xml version=\"1.0\"?><!DOCTYPE OFD [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>"
                + "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:DocBody><ofd:DocRoot>&xxe;</ofd:DocRoot>"
                + "</ofd:DocBody></ofd:OFD>";
        UnreadableFileException e = catchThrowableOfType(UnreadableFileException.class,
                () -> formats.text("xxe.ofd", zip(Map.of("OFD.xml", ofd))));

        assertThat(e).isNotNull();
        assertThat(e.unsupportedFormat()).isFalse();
    }

    private void assertRefused(byte[] file, String reason) {
        UnreadableFileException e = catchThrowableOfType(UnreadableFileException.class, () -> formats.text("坏.ofd", file));
        assertThat(e).as(reason).isNotNull();
        assertThat(e.getMessage()).startsWith("坏.ofd: ").contains(reason);
        assertThat(e.unsupportedFormat()).isFalse();
    }

    /** A one-page OFD whose page content is {@code objects}. */
    private static byte[] ofd(String objects) {
        String ns = "xmlns:ofd=\"http://www.ofdspec.org/2016\"";
        return zip(Map.of(
                "OFD.xml", "<ofd:OFD " + ns + "><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
                "Doc_0/Document.xml", "<ofd:Document " + ns + "><ofd:Pages><ofd:Page ID=\"1\" BaseLoc=\"Pages/Page_0/Content.xml\"/>"
                        + "</ofd:Pages></ofd:Document>",
                "Doc_0/Pages/Page_0/Content.xml", "<ofd:Page " + ns + "><ofd:Content><ofd:Layer ID=\"2\">" + objects
                        + "</ofd:Layer></ofd:Content></ofd:Page>"));
    }

    private static byte[] zip(Map<String, String> entries) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
