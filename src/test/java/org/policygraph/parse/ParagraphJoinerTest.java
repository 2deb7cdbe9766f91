package org.policygraph.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphJoinerTest {
    private final LineCleaner cleaner = new LineCleaner();
    private final ParagraphJoiner joiner = new ParagraphJoiner(new TableReader(cleaner), new FlatTableReader(cleaner));

    private List<Paragraph> join(String... raw) {
        List<SourceLine> lines = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            lines.add(cleaner.clean(i + 1, raw[i]));
        }
        return joiner.join(lines);
    }

    @Test
    void should_join_a_line_cut_mid_word_with_the_next_non_blank_line() {
        List<Paragraph> paragraphs = join("准", "", "确把握国家中心城市建设目标要求。");

        assertThat(paragraphs).extracting(Paragraph::text).containsExactly("准确把握国家中心城市建设目标要求。");
    }

    @Test
    void should_keep_a_short_numbered_heading_apart_from_the_text_below() {
        List<Paragraph> paragraphs = join(
                "(一)建设自贸区,打造多领域制度创新高地",
                " 以制度创新为核心任务,以可复制推广为基本要求,发挥改",
                "革创新优势、交通枢纽优势、中部市场优势,构建与沿海相当、",
                "直接对接国际的开放平台,打造高水平开放载体,提升开放合作");

        assertThat(paragraphs).extracting(Paragraph::text).containsExactly(
                "（一）建设自贸区，打造多领域制度创新高地",
                "以制度创新为核心任务，以可复制推广为基本要求，发挥改革创新优势、交通枢纽优势、中部市场优势，"
                        + "构建与沿海相当、直接对接国际的开放平台，打造高水平开放载体，提升开放合作");
    }

    @Test
    void should_not_join_a_signature_with_its_date() {
        List<Paragraph> paragraphs = join("河南省人民政府办公厅", "2016年6月22日", "发布日期:2016-06-22", "各省辖市人民政府:");

        assertThat(paragraphs).extracting(Paragraph::text)
                .containsExactly("河南省人民政府办公厅", "2016年6月22日", "发布日期：2016-06-22", "各省辖市人民政府：");
    }

    @Test
    void should_join_a_long_numbered_item_cut_off_mid_word_to_its_continuation() {
        List<Paragraph> paragraphs = join(
                "9. 支持郑州新郑国际机场开辟新的国际航线、加密航班，重点开通全货机货运航班，增强货运直航能力。提高郑州新郑国际机场航空运能，建设国际航空货运枢纽和物流中心，并不断提升航空货运能力。(市枢纽办、郑州航空港经济综合实验区管委会)",
                "",
                "10. 依托郑州铁路一类口岸，探索“中欧班列(郑州)+跨境电商”模式，支持中欧班列(郑州)带运国际邮件，鼓励我市跨境电子商务企业通过中欧班列(郑州)等方式开展货",
                "",
                "物运输,进一步提升郑州国际陆港集疏能力和中欧班列(郑州)辐射能力,形成内陆地区与欧洲发展跨境电子商务的通道优势。(市口岸办、郑州经济开发区管委会、郑州国际陆港公司)");

        assertThat(paragraphs).hasSize(2);
        assertThat(paragraphs.get(1).text()).contains("开展货物运输").endsWith("郑州国际陆港公司）");
    }
}
