package org.policygraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.policygraph.graph.read.ToolQueries;
import org.policygraph.progress.ProgressFixtures;

/** The 督办 board page in headless Chromium over the store holding the progress fixtures. */
class ProgressBoardBrowserIT {
    private static final String AS_OF = "2017-07-15";
    private static final String UNIT = "市政务办";
    private static TestServer server;
    private static ChromeDriver driver;

    @BeforeAll
    static void start() {
        assumeTrue(HeadlessChromium.installed(), "needs apt packages chromium and chromium-driver");
        server = new TestServer(new WebLimits(8 * 1024, 64 * 1024, 0, 0), new ToolQueries(ProgressFixtures.importedStore()));
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

    @Test
    void should_filter_the_board_by_one_unit_with_the_rows_the_graph_counts() {
        ChatPage page = new ChatPage(driver, server.url("")).size(1280, 900).open("#/board");
        WebElement asOf = page.waitFor(By.id("board-as-of"));
        assertThat(asOf.getAttribute("value")).isEqualTo(LocalDate.now().toString());

        change(asOf, AS_OF);
        WebElement unit = rerendered(asOf, By.id("board-unit"));
        int allRows = rows().size();
        new Select(unit).selectByValue(UNIT);
        rerendered(unit, By.cssSelector(".board-row"));

        assertThat(driver.findElement(By.id("board-as-of")).getAttribute("value")).isEqualTo(AS_OF);
        assertThat(rows()).hasSize((int) BoardCounts.ofUnit(UNIT, AS_OF)).hasSizeLessThan(allRows);
        assertThat(driver.findElements(By.cssSelector(".board-row.state-overdue")))
                .hasSize((int) BoardCounts.overdue(UNIT, AS_OF));
        assertThat(driver.findElement(By.id("board-summary")).getText()).contains(AS_OF);
        WebElement hall = rows().stream().filter(r -> r.getText().contains("大厅")).findFirst().orElseThrow();
        assertThat(hall.getAttribute("class")).contains("state-due-soon");
        assertThat(hall.getText()).contains("80%").contains("正常推进").contains("进展截至 2017-06-30");
        assertThat(driver.findElement(By.id("board-xlsx")).getAttribute("href"))
                .contains("/api/progress.xlsx?").contains("asOf=" + AS_OF);
        HeadlessChromium.screenshot(driver, "it-board-desktop");
    }

    @Test
    void should_fit_a_390_px_phone_and_group_by_leader_without_sideways_scrolling() {
        ChatPage page = new ChatPage(driver, server.url("")).size(390, 844)
                .open("#/board?asOf=" + AS_OF);
        page.waitFor(By.cssSelector(".board-row"));

        Number width = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
        assertThat(width.intValue()).isLessThanOrEqualTo(390);
        HeadlessChromium.screenshot(driver, "it-board-phone");
        page.size(1280, 900).open("#/board?asOf=2024-07-15&by=leader&document="
                + TestServer.encode("2024-nanling-gov-report-tasks.txt#1"));
        page.waitFor(By.cssSelector(".board-row"));
        assertThat(driver.findElements(By.cssSelector(".board-group .group-head strong")))
                .extracting(WebElement::getText).containsExactlyInAnyOrder("俞悦", "陆明");
        assertThat(rows()).hasSize(2).allSatisfy(row -> assertThat(row.getText()).doesNotContain("未列入计划"));
        HeadlessChromium.screenshot(driver, "it-board-leaders-desktop");
    }

    /** Sets a date input the way a date picker does: a value, then the change event. */
    private static void change(WebElement input, String value) {
        driver.executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, value);
    }

    /** Waits for the page drawn before to go and returns {@code next} of the new one. */
    private static WebElement rerendered(WebElement old, By next) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.stalenessOf(old));
        return wait.until(ExpectedConditions.visibilityOfElementLocated(next));
    }

    private static java.util.List<WebElement> rows() {
        return driver.findElements(By.cssSelector(".board-row"));
    }
}
