package org.policygraph.cli;

import org.policygraph.TestGraph;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.policygraph.web.ChatPage;
import org.policygraph.web.HeadlessChromium;

/** The chat page in headless Chromium over the real product: shipped corpus imported, the real Asker, the web server. */
class ChatPageBrowserIT {
    private static final String QUESTION = "中欧班列(郑州)+跨境电商这项工作谁牵头？";
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);

    private static ServeCommand.Running product;
    private static ChromeDriver driver;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(HeadlessChromium.installed(), "needs apt packages chromium and chromium-driver");
        product = TestGraph.product();
        driver = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    private ChatPage page(int width, int height) {
        return new ChatPage(driver, product.baseUrl()).size(width, height).open("#/");
    }

    @Test
    void should_name_the_port_office_and_cite_the_gazette_document_that_states_it() {
        ChatPage page = page(1280, 900);
        WebElement answer = page.ask(QUESTION, ANSWER_TIMEOUT);

        assertThat(answer.findElement(By.cssSelector(".answer-text")).getText()).contains("市口岸办");
        assertThat(answer.findElements(By.cssSelector(".citation summary .doc-no")))
                .extracting(WebElement::getText).contains("郑政办〔2017〕32号");
        driver.executeScript("arguments[0].scrollIntoView({block: 'start'});", page.questions().get(0));
        HeadlessChromium.screenshot(driver, "it-chat-desktop");
    }

    @Test
    void should_show_the_task_on_the_department_page_of_the_port_office() {
        ChatPage page = page(1280, 900).open("#/departments/" + encode("市口岸办"));

        page.waitFor(By.cssSelector(".task-text"));
        WebElement gazetteGroup = driver.findElements(By.cssSelector(".group")).stream()
                .filter(group -> group.getText().contains("郑政办〔2017〕32号")).findFirst().orElseThrow();
        assertThat(gazetteGroup.findElements(By.cssSelector(".task-text"))).extracting(WebElement::getText)
                .anySatisfy(text -> assertThat(text.replace('（', '(').replace('）', ')')).contains("中欧班列(郑州)"));
        HeadlessChromium.screenshot(driver, "it-department-desktop");
    }

    @Test
    void should_show_markup_typed_by_the_user_as_plain_text() {
        ChatPage page = page(1280, 900);
        String markup = "<img src=x onerror=alert(1)>";

        page.ask(markup, ANSWER_TIMEOUT);

        assertThat(page.alertShown()).isFalse();
        assertThat(page.questions().get(0).getText()).isEqualTo(markup);
        assertThat(driver.findElements(By.cssSelector("#conversation img"))).isEmpty();
    }

    @Test
    void should_answer_on_a_390_px_phone_without_sideways_scrolling() {
        ChatPage page = page(390, 844);

        page.ask(QUESTION, ANSWER_TIMEOUT);

        Number width = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
        assertThat(width.intValue()).isLessThanOrEqualTo(390);
        HeadlessChromium.screenshot(driver, "it-chat-phone");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
