package org.policygraph.web;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a test does on the chat page, the way a user does it: type, press Enter, read answers and pages. */
public final class ChatPage {
    private final ChromeDriver driver;
    private final String baseUrl;

    public ChatPage(ChromeDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    /** Loads the page afresh (a hash-only change would not reload it) at {@code hash}. */
    public ChatPage open(String hash) {
        driver.get("about:blank");
        driver.get(baseUrl + "/" + hash);
        waitFor(By.cssSelector(".topbar"));
        return this;
    }

    public ChatPage size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        return this;
    }

    /** Types the question, presses Enter and waits until the streamed answer is complete; returns its bubble. */
    public WebElement ask(String question, Duration timeout) {
        int before = answers().size();
        send(question);
        new WebDriverWait(driver, timeout).until(d -> answers().size() > before
                && answers().get(before).findElements(By.cssSelector(".answer-text.streaming")).isEmpty());
        return answers().get(before);
    }

    /** Types the question and presses Enter, without waiting for the answer. */
    public void send(String question) {
        WebElement input = waitFor(By.id("question"));
        input.sendKeys(question);
        input.sendKeys(Keys.ENTER);
    }

    public List<WebElement> answers() {
        return driver.findElements(By.cssSelector(".message.assistant .bubble"));
    }

    public List<WebElement> questions() {
        return driver.findElements(By.cssSelector(".message.user .bubble"));
    }

    public WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public boolean alertShown() {
        try {
            driver.switchTo().alert();
            return true;
        } catch (org.openqa.selenium.NoAlertPresentException e) {
            return false;
        }
    }
}
