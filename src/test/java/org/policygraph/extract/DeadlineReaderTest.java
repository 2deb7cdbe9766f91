package org.policygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeadlineReaderTest {
    @Test
    void should_read_month_end_from_a_completion_label() {
        assertThat(LabelledDeadline.read("完成时间：2017年6月底前", 2017))
                .contains(new Deadline(LocalDate.of(2017, 6, 30), "month", "2017年6月底前"));
        assertThat(LabelledDeadline.read("完成时间: 2017 年 12 月底", 2017))
                .contains(new Deadline(LocalDate.of(2017, 12, 31), "month", "2017年12月底"));
    }

    @Test
    void should_read_a_table_cell_headed_with_a_time() {
        assertThat(LabelledDeadline.read("序号：2；名称：郑州市非物质文化遗产保护办法；类型：制定；责任单位：市文广新局；拟提请市政府审议时间：2017年7月", 2017))
                .contains(new Deadline(LocalDate.of(2017, 7, 31), "month", "2017年7月"));
    }

    @Test
    void should_read_due_dates_in_running_text() {
        assertThat(DeadlineReader.readInText("争取2017年11月份通过正式验收", 2017)).map(Deadline::date)
                .contains(LocalDate.of(2017, 11, 30));
        assertThat(DeadlineReader.readInText("养区”制度,年底前关闭和搬迁禁养区内的畜禽养殖场", 2017))
                .contains(new Deadline(LocalDate.of(2017, 12, 31), "year", "年底前"));
        assertThat(DeadlineReader.readInText("争取 2018 年底投入使用", 2017)).map(Deadline::date)
                .contains(LocalDate.of(2018, 12, 31));
        assertThat(DeadlineReader.readInText("2017年上半年前完成", 2017)).map(Deadline::date)
                .contains(LocalDate.of(2017, 6, 30));
        assertThat(DeadlineReader.readInText("2017年第三季度前完成", 2017))
                .contains(new Deadline(LocalDate.of(2017, 9, 30), "quarter", "2017年第三季度前"));
    }

    @Test
    void should_keep_a_recurring_deadline_text() {
        Optional<Deadline> d = DeadlineReader.readInText("形成自评报告,于每年1月20日前报送市考核工作组", 2017);

        assertThat(d).contains(new Deadline(LocalDate.of(2017, 1, 20), "day", "每年1月20日前"));
    }

    @Test
    void should_not_read_a_base_date_or_a_period_as_a_deadline() {
        assertThat(DeadlineReader.readInText("截至2015年底，全市移动电话用户达到1344.6万户", 2017)).isEmpty();
        assertThat(DeadlineReader.readInText("考核周期为每年1月1日至12月31日", 2017)).isEmpty();
        assertThat(DeadlineReader.readInText("彻底解决底数不清问题", 2017)).isEmpty();
        assertThat(DeadlineReader.readInText("得出了县（市、区）政务服务网1-12月份每月成绩", 2017)).isEmpty();
        assertThat(DeadlineReader.readInText("到2017年底，力争建成运营9个以上功能性口岸", 2017)).map(Deadline::date)
                .contains(LocalDate.of(2017, 12, 31));
    }

    @Test
    void should_read_every_time_limit_of_a_sentence_in_order() {
        assertThat(DeadlineReader.allInText("除上级党委、政府就有关工作有明确时限要求的外，各牵头单位和实施单位要在本实施意见施行后一年内"
                + "完成有关工作制度、配套措施的制定工作；特别重大复杂的，要在试点探索的基础上两年内完成有关工作制度、配套措施的制定工作。",
                2012).stream().map(Deadline::text)).containsExactly("在本实施意见施行后一年内", "两年内");
        assertThat(DeadlineReader.allInText("加快推动口岸食品药品医疗器械检验检测中心建设，争取 2018 年底投入使用；", null)
                .stream().map(Deadline::text)).containsExactly("2018年底");
        assertThat(DeadlineReader.allInText("各县（市、区）政府每年1月20日前将自查报告报送市粮食局", null)
                .stream().map(Deadline::text)).containsExactly("每年1月20日前");
        assertThat(DeadlineReader.allInText("活动结束后10个工作日内将成果报省政府", null).stream().map(Deadline::text))
                .containsExactly("10个工作日内");
    }

    @Test
    void should_not_take_a_bare_year_of_a_sentence_for_a_time_limit() {
        assertThat(DeadlineReader.allInText("2017年，全市招商引资实际到位资金2000亿元", null)).isEmpty();
    }

    @Test
    void should_keep_the_whole_cell_of_a_staged_schedule_beside_its_first_date() {
        // the 完成时间 cell of item 7 of 郑政办〔2017〕38号
        String cell = "完成时间:2017年7月底前,完成办事大厅的装修、办公用具配置及入驻前相关准备工作;8月底前,完成大厅业务办理系统的安装调试;"
                + "9月底前,市级各相关职能部门审批事项和服务事项、人员全部入驻到位,进入试运行;10月1日,大厅正式启用运行。";

        Deadline d = LabelledDeadline.read(cell, 2017).orElseThrow();

        assertThat(d.date()).isEqualTo(LocalDate.of(2017, 7, 31));
        assertThat(d.cell()).startsWith("2017年7月底前").endsWith("10月1日,大厅正式启用运行");
        assertThat(LabelledDeadline.read("完成时间：2017年6月底前", 2017).orElseThrow().cell()).isNull();
    }
}
