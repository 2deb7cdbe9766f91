package org.policygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policygraph.parse.CorpusParser;

/**
 * Responsibility in every form, read from plans of other places through the real parser and extractor. Sentences
 * marked "real" are copied from ../shared/real/docs (Guangzhou, Lishui, Shapingba, Caidian, Nanling); those marked
 * "constructed" are forms seen in other real plans that these documents do not contain.
 */
class RealPlanExtractionTest {
    private static final Extractor EXTRACTOR = new Extractor(DepartmentDictionary.load());

    private static ExtractedDocument extract(String fileName, String text) {
        return EXTRACTOR.extract(new CorpusParser().parse(fileName, text).get(0));
    }

    private static Task taskContaining(ExtractedDocument doc, String words) {
        return doc.tasks().stream().filter(t -> t.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("No task with " + words + " in " + doc.tasks()));
    }

    private static List<String> leads(Task task) {
        return task.responsibilities().stream().filter(r -> r.role() == Role.LEADS).map(Responsibility::asWritten).toList();
    }

    private static List<String> supports(Task task) {
        return task.responsibilities().stream().filter(r -> r.role() == Role.SUPPORTS).map(Responsibility::asWritten).toList();
    }

    private static final String GUANGZHOU = """
            关于推进民生幸福工程的实施意见
            为深入贯彻科学发展观，根据《中共广州市委、广州市人民政府关于全面推进新型城市化发展的决定》，就推进民生幸福工程提出以下实施意见。
            二、构建更加积极的就业保障体系
            2．创造更多就业机会。年均开发2万个以上的公益性公共服务岗位。2012－2015年，城镇年均新增就业人数24万以上，城镇登记失业率控制在3.5%以内。（牵头单位：市人力资源和社会保障局，配合单位：市发展改革委）
            5.完善公共就业服务。举办各类就业人员专场招聘会。2014年前，“充分就业社区”达标率达到70%以上。（牵头单位：市人力资源和社会保障局）
            18.切实加强学前教育。到2013年，全市规范化幼儿园比例达到80%。（牵头单位：市教育局，配合单位：市民政局、市人口计生局、市残联，各区、县级市政府）
            """;

    @Test
    void should_read_the_labels_of_a_trailing_parenthesis_as_one_task_with_its_heading() {
        // real: Guangzhou, 民生幸福工程 items 2 and 5
        ExtractedDocument doc = extract("guangzhou.txt", GUANGZHOU);

        Task jobs = taskContaining(doc, "创造更多就业机会");

        assertThat(jobs.text()).startsWith("创造更多就业机会。年均开发2万个");
        assertThat(jobs.line()).isEqualTo(4);
        assertThat(jobs.responsibilities()).extracting(Responsibility::asWritten, Responsibility::role, Responsibility::basis)
                .containsExactly(tuple("市人力资源和社会保障局", Role.LEADS, "explicit"),
                        tuple("市发展改革委", Role.SUPPORTS, "listed"));
        assertThat(jobs.deadline()).isNull();
        assertThat(leads(taskContaining(doc, "完善公共就业服务"))).containsExactly("市人力资源和社会保障局");
        assertThat(taskContaining(doc, "完善公共就业服务").deadline().text()).isEqualTo("2014年前");
    }

    @Test
    void should_keep_a_collective_of_levels_whole_and_the_units_of_another_city_apart_from_zhengzhous() {
        // real: Guangzhou item 18
        ExtractedDocument doc = extract("guangzhou.txt", GUANGZHOU);
        Task preschool = taskContaining(doc, "切实加强学前教育");

        assertThat(supports(preschool)).containsExactly("市民政局", "市人口计生局", "市残联", "各区、县级市政府");
        assertThat(doc.document().jurisdiction().name()).isEqualTo("广州市");
        assertThat(doc.departments()).extracting(Department::key)
                .contains("广州市/市人力资源和社会保障局", "广州市/市发展改革委", "广州市/各区、县级市政府")
                .noneMatch(key -> key.startsWith("郑州市/"));
        assertThat(doc.departments()).filteredOn(d -> d.name().equals("市发展改革委"))
                .extracting(Department::fullName, Department::inDictionary).containsExactly(tuple("广州市发展改革委", false));
    }

    @Test
    void should_read_co_leads_party_and_mass_organs_and_drop_a_trailing_dengbumen() {
        // real: Guangzhou 民主法治 items 12 and 25
        ExtractedDocument doc = extract("guangzhou-democracy.txt", """
                关于推进民主法治建设的实施意见
                12.发挥工青妇等群团组织的桥梁纽带作用。支持工会、共青团、妇联依法依章程开展工作。（牵头单位：市总工会、团市委、市妇联）
                25.深入推进政务公开。健全政务公开制度。（牵头单位：市政府办公厅，配合单位：市财政局、市监察局等部门）
                """);

        Task organs = taskContaining(doc, "群团组织");
        assertThat(leads(organs)).containsExactly("市总工会", "团市委", "市妇联");
        assertThat(supports(organs)).isEmpty();
        assertThat(doc.departments()).extracting(Department::name).contains("团市委").doesNotContain("市团市委");
        assertThat(supports(taskContaining(doc, "政务公开"))).containsExactly("市财政局", "市监察局");
    }

    private static final String LISHUI = """
            市政府工作报告重点工作责任分解(2023年)
            时间:2023-07-11 17:01 浏览次数: 信息来源: 丽水市政府
            一、全市经济社会发展主要预期目标
            1.生产总值增长6%以上,高质量前提下能快则快。
            责任单位:市发改委
            4.固定资产投资增长10%。
            责任单位:市发改委、市经信局、市科技局(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)
            6.城乡居民收入增速保持全省领先、农民收入增速快于城镇居民。
            责任单位:市人力社保局、市农业农村局分别牵头
            """;

    @Test
    void should_give_a_task_line_the_responsibility_line_that_follows_it_with_ascii_punctuation() {
        // real: Lishui items 1, 4 and 6
        ExtractedDocument doc = extract("lishui.txt", LISHUI);

        Task growth = taskContaining(doc, "生产总值增长6%以上");
        assertThat(growth.responsibilities()).extracting(Responsibility::asWritten, Responsibility::basis)
                .containsExactly(tuple("市发改委", "first-listed"));
        assertThat(growth.targets()).extracting(Target::value, Target::unit).containsExactly(tuple(6.0, "%"));
        Task investment = taskContaining(doc, "固定资产投资增长10%");
        assertThat(leads(investment)).containsExactly("市发改委");
        assertThat(supports(investment)).containsExactly("市经信局", "市科技局");
        Task incomes = taskContaining(doc, "城乡居民收入增速");
        assertThat(incomes.responsibilities()).extracting(Responsibility::asWritten, Responsibility::basis)
                .containsExactly(tuple("市人力社保局", "explicit"), tuple("市农业农村局", "explicit"));
        assertThat(doc.document().jurisdiction().name()).isEqualTo("丽水市");
        assertThat(doc.document().issuedOn()).hasToString("2023-07-11");
    }

    @Test
    void should_read_a_table_flattened_to_one_cell_per_line() {
        // real: Shapingba 附件1
        ExtractedDocument doc = extract("shapingba.txt", """
                重庆市沙坪坝区人民政府办公室关于印发2022年区政府工作报告目标任务的通知
                发布日期:2022-01-21
                请各单位提高政治站位,细化工作举措,压实工作责任,确保全面高质量完成各项目标任务。区政府办公室将定期跟踪督办,并将目标任务完成情况纳入年度考核。
                附件1
                2022年区政府工作报告经济社会发展预期目标任务分解表
                序号
                2022年预期目标
                责任单位
                1
                地区生产总值增长5.5%左右
                区发展改革委
                2
                固定资产投资增长6%左右
                区发展改革委
                3
                工业增加值增长7%左右
                区经济信息委
                """);

        Task industry = taskContaining(doc, "工业增加值增长7%左右");
        assertThat(industry.text()).doesNotContain("区发展改革委");
        assertThat(industry.line()).isEqualTo(16);
        assertThat(industry.responsibilities()).extracting(Responsibility::asWritten, Responsibility::basis)
                .containsExactly(tuple("区经济信息委", "first-listed"));
        assertThat(leads(taskContaining(doc, "定期跟踪督办"))).containsExactly("区政府办公室");
        assertThat(doc.document().jurisdiction()).extracting("name", "level").containsExactly("沙坪坝区", "district");
        assertThat(doc.departments()).extracting(Department::key).contains("沙坪坝区/区经济信息委");
    }

    @Test
    void should_read_a_flattened_pipe_table_and_never_take_a_leaders_name_for_a_unit() {
        // real: Nanling, rows 80 and 81 (分管县领导 holds person names)
        ExtractedDocument doc = extract("nanling.txt", """
                2024年《政府工作报告》重点工作目标任务分解表
                序号 |
                目标与任务 |
                分 管 县领导 |
                牵头责任单位 |
                责任单位 |
                80 |
                加大普惠性托育供给,新增托位数400个以上,公办园在园幼儿占比60%以上。 |
                俞 悦 |
                县教育局 |
                县各有关单位 |
                81 |
                保障芜职院现代物流智造学院秋季开学,支持芜湖科技工程学校发展。 |
                陆 明俞 悦 |
                县教育局 |
                县各有关单位 |
                """);

        Task childcare = taskContaining(doc, "新增托位数400个以上");
        assertThat(childcare.responsibilities()).extracting(Responsibility::asWritten, Responsibility::role, Responsibility::basis)
                .containsExactly(tuple("县教育局", Role.LEADS, "explicit"), tuple("县各有关单位", Role.SUPPORTS, "listed"));
        assertThat(doc.departments()).extracting(Department::name).doesNotContain("俞悦", "俞 悦", "陆明俞悦");
        assertThat(doc.document().jurisdiction()).extracting("name", "level").containsExactly(null, "county");
        assertThat(doc.departments()).extracting(Department::key).contains("县/县教育局");
    }

    @Test
    void should_read_the_number_in_a_metadata_block_and_the_subject_of_a_duty() {
        // real: Caidian (the number stands only in the page's metadata block)
        ExtractedDocument doc = extract("caidian.txt", """
                区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知
                2023-01-05 10:00 区人民政府办公室
                索 引 号 MB1534522/2023-05475 发文日期 2023-01-03
                发布机构 区人民政府办公室 文    号 蔡政办〔2023〕1号
                各街道办事处、乡人民政府,区人民政府各部门、各直属机构:
                一、各责任单位要高度重视,制订工作方案,并于2023年1月15日前将工作方案报区人民政府办公室。
                二、区绩效考评机构要将2023年区《政府工作报告》确定的重要目标任务,纳入绩效管理考核范围。
                蔡甸区人民政府办公室
                2023年1月3日
                """);

        assertThat(doc.document().docNo()).isEqualTo("蔡政办〔2023〕1号");
        assertThat(doc.document().issuedOn()).hasToString("2023-01-03");
        assertThat(doc.document().jurisdiction().name()).isEqualTo("蔡甸区");
        assertThat(leads(taskContaining(doc, "区绩效考评机构要将"))).containsExactly("区绩效考评机构");
        Task plans = taskContaining(doc, "制订工作方案");
        assertThat(plans.responsibilities()).isEmpty();
        assertThat(plans.deadline()).extracting(Deadline::text, Deadline::kind).containsExactly("2023年1月15日前", "complete");
    }

    @Test
    void should_read_lead_and_supporters_in_ascii_brackets_and_in_running_text() {
        // constructed: forms of other real plans that the documents here do not use
        ExtractedDocument doc = extract("district.txt", """
                某区2024年重点工作任务分解
                1.推进老旧小区改造。完成改造30个小区(区住建局牵头,区财政局、区级相关部门配合)。
                2.建设智慧停车平台。由区城管局牵头，会同区公安分局、区发展改革委推进。
                3.做好防汛工作。区水利局负责，各街道按职责分工负责。
                """);

        Task housing = taskContaining(doc, "老旧小区");
        assertThat(leads(housing)).containsExactly("区住建局");
        assertThat(supports(housing)).containsExactly("区财政局", "区级相关部门");
        assertThat(doc.departments()).extracting(Department::name).noneMatch(n -> n.startsWith("（") || n.startsWith("("));
        Task parking = taskContaining(doc, "智慧停车");
        assertThat(leads(parking)).containsExactly("区城管局");
        assertThat(supports(parking)).containsExactly("区公安分局", "区发展改革委");
        assertThat(leads(taskContaining(doc, "防汛"))).containsExactly("区水利局");
    }

    @Test
    void should_read_a_lead_marked_inside_a_list_a_main_responsibility_label_and_a_xieban_column() {
        // constructed: 「X（牵头）、Y」 and 主要责任单位 are common in published task tables
        ExtractedDocument doc = extract("marked.txt", """
                某市2024年重点工作任务分工方案
                1.推进项目建设。责任单位：市发改委（牵头）、市财政局、市商务局
                2.推进改革。主要责任单位：市委改革办

                | 序号 | 工作任务 | 牵头部门 | 协办部门 | 完成时限 |
                |---|---|---|---|---|
                | 3 | 建设智慧城市平台 | 市大数据局 | 市财政局、市公安局 | 长期坚持 |
                """);
        Task platform = taskContaining(doc, "建设智慧城市平台");
        assertThat(leads(platform)).containsExactly("市大数据局");
        assertThat(supports(platform)).containsExactly("市财政局", "市公安局");
        assertThat(platform.deadline()).extracting(Deadline::kind).isEqualTo("ongoing");

        Task projects = taskContaining(doc, "推进项目建设");
        assertThat(leads(projects)).containsExactly("市发改委");
        assertThat(supports(projects)).containsExactly("市财政局", "市商务局");
        Task reform = taskContaining(doc, "推进改革");
        assertThat(reform.text()).isEqualTo("推进改革");
        assertThat(reform.responsibilities()).extracting(Responsibility::asWritten, Responsibility::basis)
                .containsExactly(tuple("市委改革办", "first-listed"));
    }

    @Test
    void should_read_deadlines_in_every_form_with_their_kind() {
        // constructed around real phrases (本实施意见施行后一年内 is Guangzhou's; 长期坚持 and 开工 are table cells elsewhere)
        ExtractedDocument doc = extract("deadlines.txt", """
                关于推进重点工作的实施方案
                1.完善监督机制。本实施意见施行后一年内建立考核办法。
                2.建设体育公园。2024年3月底前开工建设。
                3.整改群众投诉。接到投诉后30日内办结。
                4.推进产业发展。2016年，全市产业园区建设已全面启动。
                5.建设数字平台。年底前上线运行。
                """);

        assertThat(taskContaining(doc, "监督机制").deadline()).extracting(Deadline::text, Deadline::kind, Deadline::date)
                .containsExactly("本实施意见施行后一年内", "relative", null);
        assertThat(taskContaining(doc, "体育公园").deadline()).extracting(Deadline::kind).isEqualTo("start");
        assertThat(taskContaining(doc, "群众投诉").deadline()).extracting(Deadline::text, Deadline::kind)
                .containsExactly("30日内", "relative");
        assertThat(taskContaining(doc, "产业发展").deadline()).isNull();
        assertThat(LabelledDeadline.read("完成时限：长期坚持", 2024)).get()
                .extracting(Deadline::text, Deadline::kind).containsExactly("长期坚持", "ongoing");
    }

    @Test
    void should_tell_a_goal_from_a_reported_result() {
        // real: a target of the Zhengzhou opening-up plan and a result reported in it
        assertThat(TargetReader.read("2016年全市进出口总额完成4283.9亿元", 2016, 2017, "t", 1))
                .extracting(Target::kind).containsExactly(Target.ACTUAL);
        assertThat(TargetReader.read("力争全年进出口总额达到4500亿元以上", 2017, 2017, "t", 1))
                .extracting(Target::kind).containsExactly(Target.GOAL);
        assertThat(TargetReader.read("截至2017年底，全市移动电话用户达到1344.6万户", 2017, 2018, "t", 1))
                .extracting(Target::kind).containsExactly(Target.ACTUAL);
    }

    @Test
    void should_read_the_place_a_plan_says_it_is_fitted_to_when_no_authority_names_it() {
        // real: Guandu (no title, issuer or signature; the city's notice it follows names another level)
        ExtractedDocument doc = extract("guandu.txt", """
                为认真贯彻落实国家和省、市关于稳增长各项决策部署,加快推进供给侧结构性改革,着力促进全区经济平稳较快发展,根据《昆明市人民政府关于印发昆明市稳增长促发展若干政策措施的通知》(昆政发〔2016〕13号),结合官渡区实际,特制定如下政策措施。
                一、 提高投资项目审批效率
                1. 精简项目审批手续。加快推进网上审批,完善行政审批网上服务大厅功能。(区政务服务局牵头,区发改局配合)
                2. 提高土地审批效率。辖区范围内6亩以下的土地使用转让手续,区政府审查后办理土地登记。(区国土分局牵头)
                """);

        assertThat(doc.document().jurisdiction()).extracting("name", "level").containsExactly("官渡区", "district");
    }
}
