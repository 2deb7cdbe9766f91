package org.policygraph.extract;

import org.policygraph.parse.Jurisdiction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponsibilityReadingTest {
    private static final DepartmentDictionary DICTIONARY = DepartmentDictionary.load();

    private static List<Responsibility> read(String text) {
        List<UnitList> lists = new ArrayList<>(ResponsibilityReader.readLabelled(text));
        if (lists.isEmpty()) {
            lists.addAll(ResponsibilityReader.readInline(text));
        }
        return new DepartmentRegistry(DICTIONARY, new Jurisdiction("郑州市", "city")).responsibilities(lists);
    }

    @Test
    void should_carry_the_city_prefix_over_to_bare_names_in_a_list() {
        // given a 责任单位 line of the services plan (郑政文〔2017〕62号)
        String line = "责任单位:市商务局、发展改革委、邮政管理局、各县(市、区)。";

        // when
        List<Responsibility> rs = read(line);

        // then
        assertThat(rs).extracting(Responsibility::department, Responsibility::role, Responsibility::basis)
                .containsExactly(tuple("市商务局", Role.LEADS, "first-listed"),
                        tuple("市发展改革委", Role.SUPPORTS, "listed"),
                        tuple("市邮政管理局", Role.SUPPORTS, "listed"),
                        tuple("各县（市、区）", Role.SUPPORTS, "listed"));
    }

    @Test
    void should_read_lead_and_responsible_labels_on_one_line() {
        String line = "牵头单位:市工信委、市国资委、市财政局、市政府金融办、市中小企业局,责任单位:各县(市、区)、开发区。";

        List<Responsibility> rs = read(line);

        assertThat(rs).extracting(Responsibility::department, Responsibility::role, Responsibility::basis)
                .containsExactly(tuple("市工信委", Role.LEADS, "explicit"),
                        tuple("市国资委", Role.LEADS, "explicit"),
                        tuple("市财政局", Role.LEADS, "explicit"),
                        tuple("市金融办", Role.LEADS, "explicit"),
                        tuple("市中小企业局", Role.LEADS, "explicit"),
                        tuple("各县（市、区）", Role.SUPPORTS, "listed"),
                        tuple("各开发区", Role.SUPPORTS, "listed"));
    }

    @Test
    void should_read_lead_and_followers_of_a_task_table_cell() {
        String row = "序号：27；重点任务：健康医疗信息化；负责单位：市卫生局牵头,市人社局、民政局等按职责分工负责";

        List<Responsibility> rs = read(row);

        assertThat(rs).extracting(Responsibility::department, Responsibility::role, Responsibility::basis)
                .containsExactly(tuple("市卫生局", Role.LEADS, "explicit"),
                        tuple("市人社局", Role.SUPPORTS, "listed"),
                        tuple("市民政局", Role.SUPPORTS, "listed"));
    }

    @Test
    void should_read_by_and_together_with_in_a_sentence() {
        String text = "由市工业发展小组办公室牵头，会同市统计局、市发展改革委、市财政局、市科技局、市商务局等部门，根据市相关部门出具的各责任单位年度完成目标任务情况";

        List<Responsibility> rs = read(text);

        assertThat(rs).extracting(Responsibility::department, Responsibility::role)
                .containsExactly(tuple("市工业发展小组办公室", Role.LEADS), tuple("市统计局", Role.SUPPORTS),
                        tuple("市发展改革委", Role.SUPPORTS), tuple("市财政局", Role.SUPPORTS),
                        tuple("市科技局", Role.SUPPORTS), tuple("市商务局", Role.SUPPORTS));
        assertThat(rs.get(0).basis()).isEqualTo("explicit");
    }

    @Test
    void should_read_a_bracketed_list_that_ends_with_by_division_of_duties() {
        String text = "持续开展“质量月”等群众性质量活动，提高全民质量意识。(市质监局、发展改革委、工信委、农委、环保局、商务局、工商局按职责分工负责)";

        List<Responsibility> rs = read(text);

        assertThat(rs).extracting(Responsibility::department).containsExactly("市质监局", "市发展改革委", "市工信委",
                "市农委", "市环保局", "市商务局", "市工商局");
        assertThat(rs.get(0).basis()).isEqualTo("first-listed");
    }

    @Test
    void should_keep_zones_and_companies_of_an_unlabelled_bracket() {
        String text = "开展相关跨境电商 B2B 进口业务。(市口岸办、郑州经济开发区管委会、郑州国际陆港公司)";

        List<Responsibility> rs = read(text);

        assertThat(rs).extracting(Responsibility::department)
                .containsExactly("市口岸办", "郑州经济开发区", "郑州国际陆港公司");
    }

    @Test
    void should_read_a_labelled_bracket_inside_running_text() {
        String text = "优化完善地下水、重点流域、重要湖泊水库、重点水源保护区水质监测点位。（责任单位：市国土资源局、市水务局、市城管局）";

        assertThat(read(text)).extracting(Responsibility::department)
                .containsExactly("市国土资源局", "市水务局", "市城管局");
    }

    @Test
    void should_read_a_lead_named_in_the_middle_of_a_sentence() {
        String text = "(三) 市科技局牵头负责技术先进型服务企业认定管理办法制定及认定等工作。";

        assertThat(read(text)).extracting(Responsibility::department, Responsibility::role, Responsibility::basis)
                .containsExactly(tuple("市科技局", Role.LEADS, "explicit"));
    }

    @Test
    void should_ignore_a_bracketed_remark_that_is_not_a_list_of_units() {
        assertThat(read("引进和发展中高级轿车、SUV（运动型多用途汽车）、MPV（多功能乘用车）等优势车型")).isEmpty();
        assertThat(read("各级政府法制机构要牵头做好法治政府建设的统筹规划")).isEmpty();
    }

    @Test
    void should_read_two_leads_together_with_related_departments() {
        String text = "由市粮食局、农委会同相关部门组成考核工作组，办公室设在市粮食局。";

        assertThat(read(text)).extracting(Responsibility::department, Responsibility::role)
                .containsExactly(tuple("市粮食局", Role.LEADS), tuple("市农委", Role.LEADS));
    }

    @Test
    void should_keep_an_unknown_unit_with_the_carried_prefix_outside_the_dictionary() {
        var registry = new DepartmentRegistry(DICTIONARY, new Jurisdiction("郑州市", "city"));

        registry.responsibilities(ResponsibilityReader.readLabelled("责任单位：市发展改革委、旅游局、市场发展局、测绘局等相关部门。"));

        assertThat(registry.used()).filteredOn(d -> !d.inDictionary()).extracting(Department::name)
                .containsExactly("市测绘局");
    }

    @Test
    void should_read_the_unit_in_charge_of_a_division_of_labour_item() {
        String text = "16. 市商务局：负责批发业、零售业、住宿业、餐饮业、会议及展览服务的有关统计，负责服务外包、电子商务的有关统计。";

        assertThat(read(text)).extracting(Responsibility::department, Responsibility::role, Responsibility::basis)
                .containsExactly(tuple("市商务局", Role.LEADS, "explicit"));
    }

    @Test
    void should_read_units_that_share_a_duty() {
        String text = "(五) 市财政局、市商务局共同负责市本级财政支持服务外包产业发展的政策制定及中央、省市专项资金的争取工作。";

        assertThat(read(text)).extracting(Responsibility::department, Responsibility::role)
                .containsExactly(tuple("市财政局", Role.LEADS), tuple("市商务局", Role.LEADS));
    }

    @Test
    void should_read_the_subject_that_works_with_others() {
        String text = "（一）实地检查。年初，市政府食品安全办根据需要，会同相关部门和单位组成检查组或评议考核组。";

        assertThat(read(text)).extracting(Responsibility::department, Responsibility::role, Responsibility::basis)
                .containsExactly(tuple("市食品安全办", Role.LEADS, "explicit"));
    }

    @Test
    void should_read_the_body_whose_coordinating_role_is_stressed() {
        String text = "坚持高位推动,继续实施对外开放党政 “一把手”工程,充分发挥市开放创新领导小组办公室的综合协调作用,树立 “一盘棋”思想";

        assertThat(read(text)).extracting(Responsibility::department, Responsibility::basis)
                .containsExactly(tuple("市开放创新领导小组办公室", "explicit"));
        assertThat(read("充分发挥市场在资源配置中的主导作用,政府积极引导")).isEmpty();
    }

    @Test
    void should_read_the_unit_before_the_colon_of_a_division_of_duties_as_in_charge() {
        // a line of 郑州市服务业、建筑业统计工作部门责任分工 (郑政〔2017〕13号): unit, colon, duty
        String line = "2. 市统计局：全市服务业、建筑业统计工作的业务主管部门。负责指导、协调全市政府统计和部门统计工作的开展。";

        List<Responsibility> rs = read(line);

        assertThat(rs).extracting(Responsibility::department, Responsibility::role, Responsibility::basis)
                .containsExactly(tuple("市统计局", Role.LEADS, "explicit"));
    }

    @Test
    void should_not_read_a_heading_before_a_colon_as_a_unit() {
        assertThat(read("主要目标：到2018年，全市服务业增加值占生产总值比重达到50%。")).isEmpty();
    }

    @Test
    void should_read_the_lead_and_the_units_sharing_the_work_of_a_table_row() {
        List<Responsibility> led = new DepartmentRegistry(DICTIONARY, new Jurisdiction("郑州市", "city")).responsibilities(
                ResponsibilityReader.readRow("24；智慧安全应急建设；市安监局牵头，市食药局、数字办、公安局等职责分工负责"));
        assertThat(led).extracting(Responsibility::asWritten, Responsibility::role, Responsibility::basis)
                .containsExactly(tuple("市安监局", Role.LEADS, "explicit"), tuple("市食药局", Role.SUPPORTS, "listed"),
                        tuple("数字办", Role.SUPPORTS, "listed"), tuple("公安局", Role.SUPPORTS, "listed"));
        List<Responsibility> shared = new DepartmentRegistry(DICTIONARY, new Jurisdiction("郑州市", "city"))
                .responsibilities(ResponsibilityReader.readRow("17；“互联网+”商贸物流业；市商务局、交通委、发展改革委等按职责分工负责"));
        assertThat(shared).extracting(Responsibility::asWritten, Responsibility::basis)
                .containsExactly(tuple("市商务局", "first-listed"), tuple("交通委", "listed"), tuple("发展改革委", "listed"));
    }

    @Test
    void should_read_the_body_a_sentence_names_by_a_frame_and_what_it_does() {
        assertThat(BodyFrames.read("由省发展改革、教育、科技等部门制定本领域专项工作方案，报省对外开放工作领导小组批准后实施。"))
                .extracting(BodyFrames.Mention::body, m -> m.relation().name())
                .containsExactly(tuple("省对外开放工作领导小组", "APPROVER"));
        assertThat(BodyFrames.read("投资5亿元以上的项目要及时上报市商务局，纳入全市招商引资信息数据库管理。"))
                .extracting(BodyFrames.Mention::body, m -> m.relation().name()).containsExactly(tuple("市商务局", "RECIPIENT"));
        assertThat(BodyFrames.read("在市级层面成立郑州市综试区建设工作管理办公室，负责全市综试区建设工作的具体开展和实施；"))
                .extracting(BodyFrames.Mention::body, m -> m.relation().name())
                .containsExactly(tuple("郑州市综试区建设工作管理办公室", "FOUNDED"));
        assertThat(BodyFrames.read("工作进展情况及时上报市委、市政府。")).extracting(BodyFrames.Mention::body)
                .containsExactly("市委", "市政府");
        assertThat(BodyFrames.read("由主办承办单位负责上报省政府并抄送省开放办。")).extracting(BodyFrames.Mention::body)
                .containsExactly("省政府");
        assertThat(BodyFrames.read("省级活动要按规定向省政府报批并向省开放办备案。")).extracting(BodyFrames.Mention::body)
                .containsExactly("省开放办");
    }

    @Test
    void should_read_the_bodies_that_jointly_draw_up_what_a_sentence_assigns() {
        assertThat(BodyFrames.read("奖补资金列入市金融业发展专项资金预算，由市财政局、金融办联合制定专项资金管理办法。"))
                .extracting(BodyFrames.Mention::body, m -> m.relation().name())
                .containsExactly(tuple("市财政局", "ORGANISER"), tuple("金融办", "ORGANISER"));
    }

    @Test
    void should_read_no_body_where_a_sentence_names_none_by_a_frame() {
        assertThat(BodyFrames.read("定期召开会议，加强顶层设计和统筹协调，对接省级基地领导小组。")).isEmpty();
        assertThat(BodyFrames.read("决定对2016年度销售收入首超100亿元的海马汽车郑州基地进行奖励，奖励金额为100万元。")).isEmpty();
        assertThat(BodyFrames.read("各地要及时上报项目进展情况，纳入全市数据库管理。")).isEmpty();
    }
}
