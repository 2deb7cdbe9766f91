package org.policygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.policygraph.extract.CorpusExtraction.document;
import static org.policygraph.extract.CorpusExtraction.task;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExtractorCorpusTest {
    private static List<ExtractedDocument> all;

    @BeforeAll
    static void extractCorpus() {
        all = CorpusExtraction.extractAll();
    }

    private static List<String> leads(Task t) {
        return t.responsibilities().stream().filter(r -> r.role() == Role.LEADS).map(Responsibility::department).toList();
    }

    private static List<String> supports(Task t) {
        return t.responsibilities().stream().filter(r -> r.role() == Role.SUPPORTS).map(Responsibility::department)
                .toList();
    }

    @Test
    void should_apply_a_responsible_line_to_the_paragraph_block_above_it() {
        // given the services plan, whose 责任单位 lines close blocks of paragraphs
        ExtractedDocument plan = document(all, "郑政文〔2017〕62号");

        // when
        Task multimodal = task(plan, "“一干三支”铁海公多式联运国家示范工程");

        // then
        assertThat(multimodal.responsibilities().get(0)).extracting(Responsibility::department,
                Responsibility::role, Responsibility::basis).containsExactly("市发展改革委", Role.LEADS, "first-listed");
        assertThat(supports(multimodal)).containsExactly("市航空枢纽办", "市口岸办", "市交通委", "郑州航空港经济综合实验区",
                "郑州经济开发区", "郑州国际陆港公司");
    }

    @Test
    void should_read_a_responsible_line_the_parser_joined_to_its_paragraph() {
        Task delivery = task(document(all, "郑政文〔2017〕62号"), "打造物流配送体系");

        assertThat(leads(delivery)).containsExactly("市商务局");
        assertThat(supports(delivery)).containsExactly("市发展改革委", "市邮政管理局", "各县（市、区）");
    }

    @Test
    void should_give_a_block_line_to_every_clause_of_the_key_tasks_paragraph() {
        ExtractedDocument manufacturing = document(all, "郑政〔2017〕12号");

        Task phones = task(manufacturing, "力争2018年手机产量达到3.5亿部");
        Task cars = task(manufacturing, "三是以用促创");

        assertThat(leads(phones)).containsExactly("市工信委");
        assertThat(supports(cars)).contains("郑州经济开发区", "荥阳市", "中牟县", "管城回族区");
        assertThat(task(manufacturing, "汽车产业").text()).isEqualTo("汽车产业");
    }

    @Test
    void should_read_the_first_listed_unit_as_lead_when_no_lead_is_named() {
        Task brands = task(document(all, "郑政〔2017〕12号"), "发布郑州制造10大品牌榜");
        Task venture = task(document(all, "郑政文〔2017〕62号"), "培育60家上市后备科技型企业");

        assertThat(brands.responsibilities().get(0)).extracting(Responsibility::department, Responsibility::basis)
                .containsExactly("市质监局", "first-listed");
        assertThat(venture.responsibilities()).extracting(Responsibility::department, Responsibility::role)
                .containsExactly(tuple("市科技局", Role.LEADS), tuple("市金融办", Role.SUPPORTS));
    }

    @Test
    void should_read_explicit_leads_from_a_task_division_table() {
        ExtractedDocument informatisation = document(all, "郑政办〔2017〕24号");

        Task safety = task(informatisation, "智慧安全应急建设");
        Task health = task(informatisation, "健康医疗信息化；");

        assertThat(safety.responsibilities().get(0)).extracting(Responsibility::department, Responsibility::basis)
                .containsExactly("市安监局", "explicit");
        assertThat(leads(health)).containsExactly("市卫生局");
        assertThat(supports(health)).containsExactly("市人社局", "市民政局");
    }

    @Test
    void should_label_the_rows_of_a_task_division_table_after_its_page_break() {
        // rows 16-39 of the informatisation plan's annex follow a blank line (a page break in the gazette)
        Task services = task(document(all, "郑政办〔2017〕24号"), "重点任务：“互联网+”现代服务业");

        assertThat(services.text()).isEqualTo("序号：16；重点任务：“互联网+”现代服务业；负责单位：市金融办、旅游局、文广新局、发展改革委等按职责分工负责");
        assertThat(services.line()).isEqualTo(2610);
        assertThat(services.responsibilities()).extracting(Responsibility::department, Responsibility::basis)
                .containsExactly(tuple("市金融办", "first-listed"), tuple("市旅游局", "listed"),
                        tuple("市文广新局", "listed"), tuple("市发展改革委", "listed"));
    }

    @Test
    void should_read_lead_responsible_and_deadline_lines_of_a_numbered_item() {
        Task parallel = task(document(all, "郑政办〔2017〕38号"), "全面组织实施并联审批");

        assertThat(leads(parallel)).containsExactly("市重点项目办");
        assertThat(supports(parallel)).startsWith("市工商局", "市政务服务中心", "市发展改革委");
        assertThat(parallel.deadline()).isEqualTo(new Deadline(LocalDate.of(2017, 6, 30), "month", "2017年6月底前"));
    }

    @Test
    void should_read_a_responsible_list_broken_across_a_page_break() {
        Task pilot = task(document(all, "郑政办〔2017〕38号"), "继续推进上街区“五单一网”综合示范区建设");

        assertThat(leads(pilot)).containsExactly("市政务办", "上街区");
        assertThat(supports(pilot)).containsExactly("市级各相关职能部门", "各县（市、区）", "各开发区");
    }

    @Test
    void should_read_several_explicit_leads_before_the_responsible_units() {
        Task capacity = task(document(all, "郑政办〔2017〕43号"), "加快“去产能”");

        assertThat(leads(capacity)).containsExactly("市发展改革委", "市煤炭局", "市工信委");
        assertThat(supports(capacity)).startsWith("市科技局", "市环保局", "市财政局");
    }

    @Test
    void should_read_two_leads_that_work_together_with_others() {
        Task assessment = task(document(all, "郑政办〔2017〕33号"), "由市粮食局、农委会同市编办");

        assertThat(leads(assessment)).containsExactly("市粮食局", "市农委");
        assertThat(supports(assessment)).startsWith("市编办", "市发展改革委", "市财政局");
    }

    @Test
    void should_read_a_recurring_day_deadline_and_keep_its_text() {
        Task selfCheck = task(document(all, "郑政办〔2017〕33号"), "每年1月20日前");

        assertThat(selfCheck.deadline().date()).isEqualTo(LocalDate.of(2017, 1, 20));
        assertThat(selfCheck.deadline().precision()).isEqualTo("day");
        assertThat(selfCheck.deadline().text()).isEqualTo("每年1月20日前");
    }

    @Test
    void should_read_the_train_target_with_its_year_and_comparator() {
        Task platforms = task(document(all, "郑政文〔2017〕44号"), "郑欧班列开行300班以上");

        Target trains = platforms.targets().stream().filter(t -> t.unit().equals("班")).findFirst().orElseThrow();

        assertThat(trains).extracting(Target::metric, Target::value, Target::year, Target::comparator)
                .containsExactly("郑欧班列开行", 300.0, 2017, "≥");
        assertThat(trains.metricKey()).isEqualTo("中欧班列开行");
        assertThat(platforms.deadline().date()).isEqualTo(LocalDate.of(2017, 12, 31));
    }

    @Test
    void should_give_the_same_metric_key_to_the_train_target_of_two_documents() {
        Target ports = task(document(all, "郑政办〔2017〕35号"), "争取班列年开行300班").targets().stream()
                .filter(t -> t.unit().equals("班")).findFirst().orElseThrow();

        assertThat(ports.metricKey()).isEqualTo("中欧班列开行");
        assertThat(ports.value()).isEqualTo(300.0);
    }

    @Test
    void should_cite_a_titled_document_and_normalise_the_gazette_typo() {
        ExtractedDocument grain = document(all, "郑政办〔2017〕33号");

        assertThat(grain.citations()).contains(new CitedDocument("郑政〔2016〕24号", "郑州市人民政府关于全面落实粮食安全省长责任制的实施意见"));
        assertThat(all.stream().flatMap(d -> d.citations().stream()).map(CitedDocument::docNo))
                .contains("郑政文〔2017〕44号").doesNotContain("郑郑文〔2017〕44号");
    }

    @Test
    void should_list_every_department_a_document_refers_to() {
        ExtractedDocument informatisation = document(all, "郑政办〔2017〕24号");

        assertThat(informatisation.departments()).extracting(Department::name)
                .contains("市卫生局", "市通管办", "铁塔公司", "各通信运营企业")
                .doesNotHaveDuplicates();
        assertThat(informatisation.tasks().stream().flatMap(t -> t.responsibilities().stream())
                .map(Responsibility::department).distinct().sorted().toList())
                .containsExactlyInAnyOrderElementsOf(informatisation.departments().stream().map(Department::name).toList());
    }

    @Test
    void should_give_every_task_a_stable_unique_id() {
        List<String> ids = all.stream().flatMap(d -> d.tasks().stream()).map(Task::id).toList();
        List<String> again = CorpusExtraction.extractAll().stream().flatMap(d -> d.tasks().stream()).map(Task::id).toList();

        assertThat(ids).doesNotHaveDuplicates().isEqualTo(again);
        assertThat(ids).contains("郑政办〔2017〕38号/三/（一）/1#4157");
    }

    @Test
    void should_keep_a_paragraph_that_opens_like_the_addressee_line_but_assigns_work() {
        // the last paragraph of the telecom plan starts like 「各县（市、区）人民政府，市人民政府各部门：」 does
        Task planning = task(document(all, "郑政办〔2017〕39号"), "各县（市、区）人民政府要高度重视通信基础设施专项规划编制工作");

        assertThat(leads(planning)).containsExactly("市通管办");
        assertThat(supports(planning)).containsExactly("市规划局", "市国土资源局", "市城建委", "市交通委", "市城管局",
                "市住房保障局", "市园林局", "市数字办");
    }

    @Test
    void should_read_counties_written_with_nested_brackets_inside_a_trailing_list() {
        // 「（各县〔市、区〕政府和市质量强市战略工作领导小组各成员单位按职责分工负责）」: the inner brackets are 〔〕
        Task quality = task(document(all, "郑政办〔2017〕41号"), "各级要把质量工作摆上突出位置");

        assertThat(leads(quality)).containsExactly("各县（市、区）");
        assertThat(all.stream().flatMap(d -> d.departments().stream()).map(Department::name))
                .noneMatch(name -> name.contains("〔"));
    }

    @Test
    void should_not_make_tasks_of_the_notice_boilerplate() {
        assertThat(all.stream().flatMap(d -> d.tasks().stream()).map(Task::text))
                .noneMatch(text -> text.contains("印发给你们"));
    }

    @Test
    void should_name_a_bare_measure_by_its_sector_and_date_it_by_the_goal_year_of_the_paragraph() {
        Task goals = task(document(all, "郑政文〔2017〕62号"), "增加值力争达到5000亿元");

        assertThat(goals.targets()).extracting(Target::metric, Target::value, Target::unit, Target::year).contains(
                tuple("服务业增加值", 5000.0, "亿元", 2018), tuple("占地区生产总值的比重", 53.0, "%", 2018));
    }

    @Test
    void should_give_no_time_limit_to_a_commendation_recounting_the_year_before_it_was_issued() {
        // given a notice issued in March 2017 that commends the work of 2016 (关于奖励2016年度…的决定)
        ExtractedDocument award = document(all, "郑政〔2017〕8号");

        // when
        Task review = task(award, "2016年，全市工业战线面对复杂多变的经济形势");

        // then: 「2016年，…取得了显著成效」 is the past, not a task due at the end of 2016
        assertThat(review.deadline()).isNull();
        assertThat(all.stream().flatMap(d -> d.tasks().stream()).filter(t -> t.text().startsWith("2016年，"))
                .map(Task::deadline)).allMatch(d -> d == null || !d.date().isBefore(LocalDate.of(2017, 1, 1)));
    }

    @Test
    void should_keep_a_row_of_a_table_without_a_header_that_names_a_term_and_its_items_but_not_a_score_sheet() {
        // 专栏4 of the culture plan: 「四大文化片区	商都历史文化区、…」; the e-government notice's score sheet heads its
        // columns 「县（市、区）；信息公开（30)；…」 and is no task
        ExtractedDocument culture = document(all, "郑政办〔2017〕34号");

        assertThat(task(culture, "四大文化片区；").text()).endsWith("百年德化历史文化街区");
        assertThat(all.stream().flatMap(d -> d.tasks().stream()).map(Task::text))
                .noneMatch(text -> text.contains("信息公开（30)"));
    }
}
