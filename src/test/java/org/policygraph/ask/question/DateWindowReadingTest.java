package org.policygraph.ask.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Dates and windows as people write them in questions, read against a stated or given as-of date. */
class DateWindowReadingTest {
    private static final LocalDate TODAY = LocalDate.of(2017, 6, 30);
    private final DateWindowReader reader = new DateWindowReader();

    private DateWindow window(String question) {
        return reader.window(question, TODAY).orElseThrow();
    }

    @Test
    void should_read_this_years_third_quarter_from_the_as_of_date() {
        DateWindow w = window("今年三季度到期的任务有哪些？");

        assertThat(w.fromIso()).isEqualTo("2017-07-01");
        assertThat(w.toIso()).isEqualTo("2017-09-30");
        assertThat(w.asOfStated()).isFalse();
    }

    @Test
    void should_take_the_year_from_a_stated_as_of_date_over_today() {
        DateWindow w = reader.window("截至2016年5月10日，三季度到期的任务", TODAY).orElseThrow();

        assertThat(w.asOf()).isEqualTo(LocalDate.of(2016, 5, 10));
        assertThat(w.asOfStated()).isTrue();
        assertThat(w.fromIso()).isEqualTo("2016-07-01");
    }

    @Test
    void should_read_an_english_as_of_date_and_next_month() {
        DateWindow w = reader.window("As of 1 May 2017, how many tasks are due next month?", TODAY).orElseThrow();

        assertThat(w.asOf()).isEqualTo(LocalDate.of(2017, 5, 1));
        assertThat(w.fromIso()).isEqualTo("2017-06-01");
        assertThat(w.toIso()).isEqualTo("2017-06-30");
    }

    @Test
    void should_read_a_month_end_limit_as_what_falls_due_from_the_as_of_date() {
        DateWindow w = reader.window("截至2017年3月1日，6月底前到期的任务", TODAY).orElseThrow();

        assertThat(w.fromIso()).isEqualTo("2017-03-01");
        assertThat(w.toIso()).isEqualTo("2017-06-30");
    }

    @Test
    void should_read_the_end_of_a_named_year_in_both_languages() {
        assertThat(window("2017年底前到期的任务").toIso()).isEqualTo("2017-12-31");
        assertThat(window("2017年底前到期的任务").fromIso()).isEqualTo("2017-06-30");
        assertThat(window("Which tasks are due by the end of 2018?").toIso()).isEqualTo("2018-12-31");
    }

    @Test
    void should_take_every_earlier_task_for_a_limit_already_past() {
        DateWindow w = window("2016年底前到期的任务有几项");

        assertThat(w.from()).isNull();
        assertThat(w.toIso()).isEqualTo("2016-12-31");
    }

    @Test
    void should_read_a_quarter_of_a_named_year_in_english() {
        DateWindow w = window("Which tasks fall due in Q3 2016?");

        assertThat(w.fromIso()).isEqualTo("2016-07-01");
        assertThat(w.toIso()).isEqualTo("2016-09-30");
    }

    @Test
    void should_not_take_the_year_of_a_document_number_for_a_period() {
        assertThat(reader.window("郑政办〔2016〕24号里的任务", TODAY)).isEmpty();
    }

    @Test
    void should_read_next_month_across_the_year_end() {
        DateWindow w = reader.window("下个月到期的任务", LocalDate.of(2017, 12, 5)).orElseThrow();

        assertThat(w.fromIso()).isEqualTo("2018-01-01");
        assertThat(w.toIso()).isEqualTo("2018-01-31");
    }
}
