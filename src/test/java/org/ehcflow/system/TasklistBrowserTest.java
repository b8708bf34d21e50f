package org.ehcflow.system;

import static org.assertj.core.api.Assertions.*;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.ehcflow.EhcFlowIntegrationTest;
import org.ehcflow.ExternalTestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The real Camunda Tasklist in headless Chromium (Debian's chromium and chromium-driver). */
@EhcFlowIntegrationTest
class TasklistBrowserTest {

    static final File CHROMIUM = new File(System.getProperty("ehcflow.chromium", "/usr/bin/chromium"));
    static final File CHROMEDRIVER = new File(System.getProperty("ehcflow.chromedriver", "/usr/bin/chromedriver"));

    @LocalServerPort int port;
    WebDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        ExternalTestServers.require(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(), "Headless Chromium",
                "install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--window-size=1400,900",
                        "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build(), options);
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            Files.write(Path.of("target", "tasklist-officer1.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            Files.writeString(Path.of("target", "tasklist-officer1.html"), browser.getPageSource());
            browser.quit();
        }
    }

    @Test
    void anOfficerSignsInToTasklistAndSeesHisFilters() throws Exception {
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
                .sendKeys("officer1");
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("officer1");
        browser.findElement(By.cssSelector("button.btn-primary[type='submit']")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "My team's unassigned tasks"));
        String filters = browser.findElement(By.tagName("body")).getText();
        assertThat(filters).contains("My tasks", "My team's unassigned tasks", "Due within 7 days", "Overdue", "Olivia Okafor");
    }
}
