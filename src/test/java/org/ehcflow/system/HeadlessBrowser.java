package org.ehcflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.ehcflow.ExternalTestServers;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium (Debian's chromium and chromium-driver) for the browser tests, in American English: the product's
 * pages and forms must still read and write dates the English way. With CI=true a missing browser fails the test.
 */
final class HeadlessBrowser {

    static final File CHROMIUM = new File(System.getProperty("ehcflow.chromium", "/usr/bin/chromium"));
    static final File CHROMEDRIVER = new File(System.getProperty("ehcflow.chromedriver", "/usr/bin/chromedriver"));

    final WebDriver driver;
    final WebDriverWait wait;

    private HeadlessBrowser(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    static HeadlessBrowser open() throws IOException {
        ExternalTestServers.require(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(), "Headless Chromium",
                "install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--window-size=1400,900",
                        "--lang=en-US", "--accept-lang=en-US",
                        "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        return new HeadlessBrowser(new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .build(), options));
    }

    /** Keeps what the browser last showed (target/{test}.png and .html), then quits. */
    void close(String testName) throws IOException {
        keep(testName);
        driver.quit();
    }

    /** Keeps what the browser shows now, as target/{name}.png and .html, for a person to look at. */
    void keep(String name) throws IOException {
        Files.write(Path.of("target", name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        Files.writeString(Path.of("target", name + ".html"), driver.getPageSource());
    }

    /** Signs in on a webapp's login page (Tasklist's, Cockpit's), as {@code user} with its test password. */
    void signInAt(String url, String user) {
        driver.get(url);
        typeCredentials(user);
        driver.findElement(By.cssSelector("button.btn-primary[type='submit']")).click();
    }

    /**
     * The login page moves the focus to the user name 300 ms after it starts: keys typed meanwhile may land in the
     * wrong field, so each field is typed into once the focus has settled, and checked.
     */
    void typeCredentials(String user) {
        WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
        try {
            new WebDriverWait(driver, Duration.ofSeconds(3)).until(d -> username.equals(d.switchTo().activeElement()));
        } catch (org.openqa.selenium.TimeoutException e) {
            // no autofocus this time: nothing will move the focus
        }
        WebElement password = driver.findElement(By.cssSelector("input[ng-model='password']"));
        String secret = org.ehcflow.TestUsers.passwordOf(user);
        for (int attempt = 0; attempt < 3 && !(user.equals(username.getAttribute("value"))
                && secret.equals(password.getAttribute("value"))); attempt++) {
            username.clear();
            username.sendKeys(user);
            password.clear();
            password.sendKeys(secret);
        }
    }

    /** axe-core's WCAG 2.1 A and AA rules: no serious or critical violation. */
    void assertAccessible(String what) {
        com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice")).analyze(driver);
        assertThat(results.getViolations()).as(what + ": " + results.getViolations().stream()
                        .map(rule -> rule.getId() + " (" + rule.getImpact() + ")").toList())
                .noneMatch(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()));
    }

    /** At 320 px wide (a phone, or 400% zoom) the page needs no sideways scrolling. */
    void assertFitsOnANarrowScreen() {
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(320, 800));
        try {
            Long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("sideways scrolling at 320 px").isLessThanOrEqualTo(0L);
        } finally {
            driver.manage().window().setSize(before);
        }
    }
}
