package org.policygraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The running headers, footers and page numbers around a PDF's pages go; the document's own lines stay. */
class PdfPageFurnitureTest {
    @Test
    void should_recognise_page_numbers_in_the_forms_chinese_documents_print_them() {
        assertThat(List.of("—4—", "— 41 —", "- 4 -", "-4-", "第4页", "第 4 页 共 10 页", "共10页 第4页", "4/10", "4 / 10",
                "Page 4 of 10", "4", "·4·")).allMatch(PdfPageFurniture::isPageNumber);
        assertThat(List.of("2017年2月13日", "一、总体思路", "4.促进高校毕业生创业就业", "37.1亿美元"))
                .noneMatch(PdfPageFurniture::isPageNumber);
    }

    @Test
    void should_drop_a_header_and_footer_that_come_back_on_most_pages_and_the_page_numbers() {
        List<List<String>> pages = List.of(
                List.of("郑州市人民政府文件", "郑政文〔2017〕44号", "一、总体思路", "全面贯彻新发展理念，紧紧围绕", "—1—"),
                List.of("郑州市人民政府公报 2017年第3期", "建设国家中心城市这一目标。", "二、主要工作目标", "—2—"),
                List.of("郑州市人民政府公报 2017年第3期", "（一）招商引资", "全市招商引资实际到位资金2000亿元。", "第 3 页 共 4 页"),
                List.of("郑州市人民政府公报 2017年第3期", "（二）对外贸易", "货物贸易进出口额增长3%。", "4"));

        List<List<String>> body = PdfPageFurniture.drop(pages);

        assertThat(body).containsExactly(
                List.of("郑州市人民政府文件", "郑政文〔2017〕44号", "一、总体思路", "全面贯彻新发展理念，紧紧围绕"),
                List.of("建设国家中心城市这一目标。", "二、主要工作目标"),
                List.of("（一）招商引资", "全市招商引资实际到位资金2000亿元。"),
                List.of("（二）对外贸易", "货物贸易进出口额增长3%。"));
    }

    @Test
    void should_keep_a_line_that_repeats_inside_the_pages_and_a_single_page_apart_from_its_number() {
        List<List<String>> pages = List.of(
                List.of("一、总体思路", "牵头单位：市商务局", "责任单位：各县（市、区）政府", "全面贯彻新发展理念。", "结语一"),
                List.of("二、主要目标", "牵头单位：市商务局", "责任单位：各县（市、区）政府", "全市实际到位资金2000亿元。", "结语二"));

        assertThat(PdfPageFurniture.drop(pages)).isEqualTo(pages);
        assertThat(PdfPageFurniture.drop(List.of(List.of("关于印发方案的通知", "各县（市、区）人民政府：", "- 1 -"))))
                .containsExactly(List.of("关于印发方案的通知", "各县（市、区）人民政府："));
    }
}
