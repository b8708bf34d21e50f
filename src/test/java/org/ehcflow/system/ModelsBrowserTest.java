package org.ehcflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.ehcflow.EhcFlowIntegrationTest;
import org.ehcflow.TestCases;
import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.casefile.CaseRepository;
import org.ehcflow.models.ChangedJourneys;
import org.ehcflow.models.ModelMigrations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A designer sees in Cockpit the new version of a journey deployed from the Modeler, and its migration report; an
 * administrator moves the running cases from the same page.
 */
@EhcFlowIntegrationTest
class ModelsBrowserTest {

    @LocalServerPort int port;
    @Autowired TestRestTemplate http;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired ModelMigrations migrations;
    @Autowired CaseRepository cases;

    final List<String> deployments = new ArrayList<>();
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
    void closeBrowserAndPutTheJourneyBack() throws Exception {
        if (headless != null) {
            headless.close(testName);
        }
        ChangedJourneys.putTheFoldersVersionBack(repository, management, migrations, ChangedJourneys.ANNUAL_REVIEW, deployments);
    }

    @Test
    void aDesignerSeesTheNewVersionInCockpitAndTheMigrationReportAndAnAdministratorMovesTheCases() throws Exception {
        CaseRecord plan = TestCases.register(cases, "officer1");
        runtime.createMessageCorrelation("plan-issued").processInstanceBusinessKey(plan.reference())
                .setVariable("reviewBase", "2026-03-31").correlateStartMessage();
        var deployed = ChangedJourneys.deployFromTheModeler(http, "designer1", "bpmn/annual-review.bpmn",
                ChangedJourneys.changedAnnualReview());
        assertThat(deployed.getStatusCode().value()).as(deployed.getBody()).isEqualTo(200);
        deployments.add(new ObjectMapper().readTree(deployed.getBody()).get("id").asText());
        ProcessDefinition newest = repository.createProcessDefinitionQuery().processDefinitionKey(ChangedJourneys.ANNUAL_REVIEW)
                .latestVersion().singleResult();

        headless.signInAt("http://localhost:" + port + "/camunda/app/cockpit/", "designer1");
        headless.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Processes"));
        browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-definition/" + newest.getId());
        headless.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Review the EHC plan"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Annual review");

        browser.get("http://localhost:" + port + "/camunda/app/cockpit/");
        headless.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.ehcflow-models-link"))).click();
        var journeys = headless.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("journeys")));
        assertThat(journeys.findElement(By.cssSelector("tr[data-journey='annual-review'] [data-field='version']")).getText())
                .isEqualTo(String.valueOf(newest.getVersion()));
        assertThat(Integer.parseInt(journeys.findElement(By.cssSelector("tr[data-journey='annual-review'] [data-field='casesOnOlder']"))
                .getText())).isPositive();
        assertThat(browser.findElement(By.id("deployments")).getText()).contains("designer1", "Camunda Modeler", "bpmn/annual-review.bpmn");
        headless.assertAccessible("the models page");
        headless.assertFitsOnANarrowScreen();

        journeys.findElement(By.linkText("Annual review")).click();
        var older = headless.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("older-versions")));
        assertThat(older.getText()).contains("10 weeks before the review is due", "Every case");
        assertThat(browser.findElements(By.id("move"))).as("designers look; administrators move").isEmpty();
        headless.assertAccessible("a journey's migration report");
        headless.assertFitsOnANarrowScreen();

        browser.manage().deleteAllCookies();
        headless.signInAt("http://localhost:" + port + "/camunda/app/cockpit/", "admin");
        headless.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Processes"));
        browser.get("http://localhost:" + port + "/models/annual-review");
        headless.wait.until(ExpectedConditions.elementToBeClickable(By.id("move"))).click();
        // Located afresh until the page the move redirects to shows it: the page before it may have a list too.
        headless.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("migrations"), "Moving"));
        assertThat(browser.findElement(By.id("migrations")).getText()).contains("admin", "Moving");
        ChangedJourneys.runBatches(management);
        browser.navigate().refresh();
        assertThat(headless.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("migrations")))
                .findElement(By.cssSelector("[data-field='status']")).getText()).isEqualTo("Done");
        assertThat(browser.findElement(By.id("nothing-to-move")).getText()).contains("No case runs on an older version");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(plan.reference())
                .processDefinitionKey(ChangedJourneys.ANNUAL_REVIEW).singleResult().getProcessDefinitionId()).isEqualTo(newest.getId());
    }
}
