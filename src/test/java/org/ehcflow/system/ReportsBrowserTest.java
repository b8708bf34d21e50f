package org.ehcflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.ehcflow.EhcFlowIntegrationTest;
import org.ehcflow.TestCases;
import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.casefile.CaseRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A manager opens the dashboard from Tasklist's header, chooses a period as English dates, and reads in a real browser
 * the 20-week chart and its table (the API's figures),
 * a number followed to the cases behind it, the tables downloaded as CSV; axe-core clean and fitting a phone.
 */
@EhcFlowIntegrationTest
class ReportsBrowserTest {

    @LocalServerPort int port;
    @Autowired TestRestTemplate http;
    @Autowired CaseRepository cases;
    @Autowired JdbcClient jdbc;

    HeadlessBrowser headless;
    WebDriver browser;
    String testName;

    @BeforeEach
    void openBrowser(TestInfo test) throws Exception {
        testName = test.getTestMethod().orElseThrow().getName();
        headless = HeadlessBrowser.open();
        browser = headless.driver;
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (headless != null) {
            headless.close(testName);
        }
    }

    @Test
    void aManagerSeesThe20WeekChartAndTableFollowsANumberToItsCasesAndDownloadsTheCsv() throws Exception {
        CaseRecord plan = TestCases.register(cases, "officer1", "Maya", "Reportable");
        LocalDate issued = LocalDate.of(2026, 6, 10);
        TestCases.planIssued(jdbc, plan.reference(), issued.minusDays(100), issued);

        headless.signInAt("http://localhost:" + port + "/camunda/app/tasklist/", "manager1");
        headless.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.ehcflow-reports-link"))).click();
        headless.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("from"))).clear();
        browser.findElement(By.id("from")).sendKeys("01/01/2026");
        browser.findElement(By.id("to")).clear();
        browser.findElement(By.id("to")).sendKeys("30/06/2026");
        browser.findElement(By.cssSelector("form.ehcflow-period button")).click();
        headless.wait.until(ExpectedConditions.urlContains("to=30"));
        WebElement chart = headless.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg[aria-labelledby^='chart-twenty-weeks']")));
        assertThat(chart.getAttribute("role")).isEqualTo("img");
        assertThat(browser.findElement(By.id("chart-twenty-weeks-desc")).getAttribute("textContent")).contains("46.4%");

        JsonNode api = new ObjectMapper().readTree(http.withBasicAuth("manager1", "manager1")
                .getForObject("/api/reports/timeliness?from=2026-01-01&to=2026-06-30", String.class));
        JsonNode twentyWeeks = null;
        for (JsonNode m : api.get("measures")) {
            if ("FINAL_PLAN_20_WEEKS".equals(m.get("measure").asText())) {
                twentyWeeks = m;
            }
        }
        List<WebElement> wholePeriod = browser.findElements(By.cssSelector("#table-twenty-weeks tbody tr:last-child td"));
        assertThat(wholePeriod.get(0).getText()).as("plans issued, as the API counts them")
                .isEqualTo(twentyWeeks.get("total").asText());
        assertThat(wholePeriod.get(1).getText()).isEqualTo(twentyWeeks.get("outcomes").get("on_time").asText());
        assertThat(wholePeriod.get(2).getText()).isEqualTo(twentyWeeks.get("percentOnTime").asText() + "%");
        headless.keep(testName + "-dashboard");
        headless.assertAccessible("the reports dashboard");
        headless.assertFitsOnANarrowScreen();

        String csv = fetch(browser.findElement(By.cssSelector("a[data-csv='twenty-weeks']")).getAttribute("href"));
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("Period,Plans issued,Within 20 weeks");
        assertThat(csv).contains("Whole period," + twentyWeeks.get("total").asText() + ","
                + twentyWeeks.get("outcomes").get("on_time").asText() + "," + twentyWeeks.get("percentOnTime").asText() + "%");

        String onTime = wholePeriod.get(1).getText();
        wholePeriod.get(1).findElement(By.tagName("a")).click();
        WebElement heading = headless.wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
        assertThat(heading.getText()).isEqualTo("On time: " + onTime + (onTime.equals("1") ? " case" : " cases"));
        assertThat(browser.findElement(By.cssSelector("tr[data-case='" + plan.reference() + "']")).getText())
                .contains("Maya Reportable", "10 June 2026");
        headless.assertAccessible("the cases behind a figure");
        headless.assertFitsOnANarrowScreen();

        String cases = fetch(browser.findElement(By.id("cases-csv")).getAttribute("href"));
        assertThat(cases.lines().findFirst().orElseThrow()).isEqualTo("Case,Child,Officer,Stage,Started,Due,Counted on,Outcome");
        assertThat(cases).contains(plan.reference() + ",Maya Reportable,officer1", "10/06/2026,On time");
    }

    /** A download, as the signed-in browser makes it (its session cookie), read as text. */
    private String fetch(String url) {
        return (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done, e => done('failed: ' + e));",
                url);
    }
}
