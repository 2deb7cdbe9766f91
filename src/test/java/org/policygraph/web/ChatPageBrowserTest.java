package org.policygraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The chat page in headless Chromium over the stub Asker and graph (the real-store version is ChatPageBrowserIT). */
class ChatPageBrowserTest {
    private static final String QUESTION = "中欧班列(郑州)+跨境电商这项工作谁牵头？";
    private static TestServer server;
    private static ChromeDriver driver;
    private ChatPage page;

    @BeforeAll
    static void start() {
        assumeTrue(HeadlessChromium.installed(), "needs apt packages chromium and chromium-driver");
        server = new TestServer();
        driver = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void openFreshPage() {
        driver.executeScript("try { localStorage.clear(); } catch (e) {}");
        page = new ChatPage(driver, server.url("")).size(1280, 900).open("#/");
    }

    @Test
    void should_stream_the_answer_naming_the_lead_and_cite_the_gazette_document() {
        WebElement answer = page.ask(QUESTION, Duration.ofSeconds(20));

        assertThat(answer.findElement(By.cssSelector(".answer-text")).getText()).contains("市口岸办牵头");
        assertThat(answer.findElement(By.cssSelector(".answer-text a.dept-link")).getAttribute("href"))
                .endsWith("#/departments/" + TestServer.encode("市口岸办"));
        WebElement citation = answer.findElement(By.cssSelector(".citation summary"));
        assertThat(citation.getText()).contains("郑政办〔2017〕32号").contains("跨境电商综试区");
        assertThat(answer.findElements(By.cssSelector(".graph-canvas canvas"))).isNotEmpty();
        citation.click();
        assertThat(answer.findElement(By.cssSelector(".citation blockquote")).getText()).contains("带运国际邮件");
        HeadlessChromium.screenshot(driver, "chat-desktop");
    }

    @Test
    void should_show_each_line_as_it_arrives_one_under_the_other() {
        CountDownLatch rest = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        server.asker.afterFirstLine = rest;
        server.asker.beforeDone = done;
        String shownFirst;
        String shownBoth;
        boolean sourcesShownEarly;
        try {
            page.send(QUESTION);
            shownFirst = streamingText(text -> !text.isEmpty());
            rest.countDown();
            shownBoth = streamingText(text -> !text.equals(shownFirst));
            sourcesShownEarly = !driver.findElements(By.cssSelector(".message.assistant .sources")).isEmpty();
        } finally {
            server.asker.afterFirstLine = null;
            server.asker.beforeDone = null;
            rest.countDown();
            done.countDown();
        }

        assertThat(shownFirst).isEqualTo(StubAsker.LEAD_LINE);
        assertThat(shownBoth).isEqualTo(StubAsker.LEAD_LINE + "\n" + StubAsker.SUPPORT_LINE);
        assertThat(sourcesShownEarly).isFalse();
        assertThat(page.waitFor(By.cssSelector(".message.assistant .sources")).getText()).contains(StubGraph.DOC_NO);
    }

    /** The text of the answer still streaming, once it passes {@code shown}. */
    private String streamingText(Predicate<String> shown) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            List<WebElement> text = d.findElements(By.cssSelector(".message.assistant .answer-text.streaming"));
            return text.isEmpty() || !shown.test(text.get(0).getText()) ? null : text.get(0).getText();
        });
    }

    @Test
    void should_open_the_cited_document_at_the_quoted_task() {
        WebElement answer = page.ask(QUESTION, Duration.ofSeconds(20));
        answer.findElement(By.cssSelector(".citation summary")).click();

        answer.findElement(By.cssSelector(".open-doc")).click();

        WebElement highlighted = page.waitFor(By.cssSelector(".task.highlight"));
        assertThat(highlighted.getText()).contains("中欧班列(郑州)+跨境电商");
        HeadlessChromium.screenshot(driver, "document-desktop");
    }

    @Test
    void should_list_the_task_on_the_department_page_of_the_port_office() {
        page.open("#/departments/" + TestServer.encode("市口岸办"));

        WebElement task = page.waitFor(By.cssSelector(".task .task-text"));
        assertThat(task.getText()).contains("中欧班列(郑州)+跨境电商");
        assertThat(driver.findElement(By.cssSelector(".group-head")).getText()).contains("郑政办〔2017〕32号");
        assertThat(driver.findElements(By.cssSelector(".downloads a.download"))).extracting(a -> a.getAttribute("href"))
                .containsExactly(server.url("/api/export?format=csv&department=" + TestServer.encode("市口岸办")),
                        server.url("/api/export?format=xlsx&department=" + TestServer.encode("市口岸办")));
        HeadlessChromium.screenshot(driver, "department-desktop");
    }

    @Test
    void should_show_markup_typed_by_the_user_as_plain_text() {
        String markup = "<img src=x onerror=alert(1)>";

        WebElement answer = page.ask(markup, Duration.ofSeconds(20));

        assertThat(page.alertShown()).isFalse();
        assertThat(page.questions().get(0).getText()).isEqualTo(markup);
        assertThat(answer.getText()).contains(markup);
        assertThat(driver.findElements(By.cssSelector("#conversation img"))).isEmpty();
    }

    @Test
    void should_offer_suggestions_from_the_graph_and_switch_the_interface_to_english() {
        WebElement suggestion = page.waitFor(By.cssSelector(".suggestion"));
        assertThat(suggestion.getText()).isEqualTo("中欧班列(郑州)+跨境电商这项工作由哪个部门牵头？");

        driver.findElement(By.id("lang-toggle")).click();

        assertThat(driver.findElement(By.id("send")).getText()).isEqualTo("Send");
        assertThat(page.waitFor(By.cssSelector(".suggestion")).getText())
                .isEqualTo("Which department leads 中欧班列(郑州)+跨境电商?");
    }

    @Test
    void should_keep_shift_enter_as_newline_and_recall_the_last_question_with_arrow_up() {
        page.ask(QUESTION, Duration.ofSeconds(20));
        WebElement input = driver.findElement(By.id("question"));

        input.sendKeys(Keys.ARROW_UP);
        String recalled = input.getAttribute("value");
        input.clear();
        input.sendKeys("第一行", Keys.chord(Keys.SHIFT, Keys.ENTER), "第二行");

        assertThat(recalled).isEqualTo(QUESTION);
        assertThat(input.getAttribute("value")).isEqualTo("第一行\n第二行");
        assertThat(page.questions()).hasSize(1);
    }

    @Test
    void should_fit_a_390_px_wide_phone_without_sideways_scrolling() {
        page.size(390, 844).open("#/");
        HeadlessChromium.screenshot(driver, "welcome-phone");

        page.ask(QUESTION, Duration.ofSeconds(20));

        Number width = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
        Number viewport = (Number) driver.executeScript("return window.innerWidth;");
        assertThat(width.intValue()).isLessThanOrEqualTo(viewport.intValue());
        HeadlessChromium.screenshot(driver, "chat-phone");
        page.open("#/departments/" + TestServer.encode("市口岸办")).waitFor(By.cssSelector(".task-text"));
        HeadlessChromium.screenshot(driver, "department-phone");
    }
}
