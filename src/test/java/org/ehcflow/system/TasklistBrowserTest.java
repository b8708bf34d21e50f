package org.ehcflow.system;

import static org.assertj.core.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.ehcflow.CaseJobs;
import org.ehcflow.EhcFlowIntegrationTest;
import org.ehcflow.TestCases;
import org.ehcflow.TestChildren;
import org.ehcflow.appeal.Appeal;
import org.ehcflow.appeal.AppealableDecision;
import org.ehcflow.appeal.MediationRequest;
import org.ehcflow.appeal.NewAppeal;
import org.ehcflow.appeal.TribunalAppeals;
import org.ehcflow.appeal.TribunalResponse;
import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.casefile.CaseRepository;
import org.ehcflow.casefile.UnassignedCases;
import org.ehcflow.complaint.Complaint;
import org.ehcflow.complaint.ComplaintLog;
import org.ehcflow.review.ExistingPlan;
import org.ehcflow.review.ExistingPlans;
import org.junit.jupiter.api.AfterEach;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The real Camunda Tasklist in headless Chromium (Debian's chromium and chromium-driver): signing in, the shared
 * filters, and the forms of every journey rendered with the case's values and completed by the user who works them.
 */
@EhcFlowIntegrationTest
class TasklistBrowserTest {

    @LocalServerPort int port;
    @Autowired CaseRepository cases;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired HistoryService history;
    @Autowired TaskService tasks;
    @Autowired org.camunda.bpm.engine.IdentityService identity;
    @Autowired JdbcClient jdbc;
    @Autowired ExistingPlans existingPlans;
    @Autowired TribunalAppeals appeals;
    @Autowired ComplaintLog complaintLog;
    @Autowired UnassignedCases unassignedCases;

    WebDriver browser;
    WebDriverWait wait;
    String testName;

    HeadlessBrowser headless;

    @BeforeEach
    void openBrowser(TestInfo test) throws Exception {
        testName = test.getTestMethod().orElseThrow().getName();
        headless = HeadlessBrowser.open();
        browser = headless.driver;
        wait = headless.wait;
    }

    @AfterEach
    void closeBrowser() throws Exception {
        ClockUtil.reset();
        if (headless != null) {
            headless.close(testName);
        }
    }

    @Test
    void anOfficerSignsInToTasklistAndSeesHisFilters() {
        signIn("officer1");
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains("My tasks", "My team's unassigned tasks", "Due within 7 days", "Overdue", "Olivia Okafor")
                .doesNotContain("migrate to Camunda 8");
        assertThat(browser.findElements(By.cssSelector(".ce-eol-banner"))).noneMatch(WebElement::isDisplayed);
        assertThat(browser.getTitle()).contains("EHC Flow");
    }

    @Test
    void eachTaskInTheListNamesTheChildAndTheCaseSoonestDueFirst() {
        String officer = newOfficer();   // an officer of their own: other tests' tasks would fill the first page
        List<CaseRecord> three = new java.util.ArrayList<>();
        for (String received : List.of("2026-11-02", "2026-10-05", "2026-11-23")) {
            CaseRecord c = TestCases.register(cases, officer, "Zofia", TestChildren.familyName("Card"));
            runtime.startProcessInstanceByKey("ehc-needs-assessment", c.reference(), Map.of("requestReceived", received));
            CaseJobs.runDue(runtime, management, c.reference());
            three.add(c);
        }

        signIn(officer);
        openFilter("My tasks");
        List<String> cards = wait.until(d -> {
            List<String> shown = d.findElements(By.cssSelector("ol.tasks-list > li.task")).stream().map(WebElement::getText)
                    .filter(text -> text.contains("Zofia")).toList();
            return shown.size() >= 3 ? shown : null;
        });
        for (CaseRecord c : three) {
            assertThat(cards).as("a card names the child and the case").anySatisfy(card ->
                    assertThat(card).contains(c.child().fullName(), c.reference(), "Statutory due date"));
        }
        List<String> ours = three.stream().map(CaseRecord::reference).toList();
        List<String> inOrder = cards.stream().map(card -> ours.stream().filter(card::contains).findFirst().orElse(null))
                .filter(java.util.Objects::nonNull).distinct().toList();
        assertThat(inOrder).as("soonest due first: the request of 5 October, 2 November, 23 November")
                .containsExactly(ours.get(1), ours.get(0), ours.get(2));

        CaseRecord second = three.get(0);
        browser.findElement(By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(., '" + second.reference() + "')]//h4/a")).click();
        waitForForm("Record the parent's views");
        String header = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ehcflow-case-header"))).getText();
        assertThat(header).contains(second.child().fullName(), "12 April 2018", second.reference(),
                "Considering the request for an assessment", "Test Officer",
                "Due 14 December 2026", "Parent or young person told whether the LA will assess", "reg 5(1)");
    }

    @Test
    void anOfficerFindsAChildByPartOfTheSurnameOpensTheCasePageAndFollowsATaskIntoTasklist() {
        String surname = TestChildren.familyName("Ó'Séarch");
        CaseRecord c = TestCases.register(cases, "officer1", "Niamh", surname);
        runtime.startProcessInstanceByKey("ehc-needs-assessment", c.reference(), Map.of("requestReceived", "2026-11-02"));
        CaseJobs.runDue(runtime, management, c.reference());

        signIn("officer1");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.ehcflow-cases-link"))).click();
        WebElement search = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("q")));
        assertAccessible("the search page");
        search.sendKeys("o'sear");   // part of Ó'Séarch, in any case, without its accents
        search.sendKeys(Keys.ENTER);   // by keyboard alone
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(c.child().fullName()))).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), c.child().fullName()));
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Case " + c.reference(), "Considering the request for an assessment", "12 April 2018",
                "Grace Test", "Oakfield Primary School", "Parent or young person told whether the LA will assess",
                "14 December 2026", "Record the parent's views").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        assertAccessible("the case page");
        assertFitsOnANarrowScreen();

        browser.findElement(By.linkText("Record the parent's views")).click();
        waitForForm("Record the parent's views");
        assertThat(browser.findElement(By.cssSelector(".ehcflow-case-header a")).getAttribute("href"))
                .endsWith("/cases/" + c.reference());
    }

    @Test
    void aDesignerIsNotOfferedCaseloadsInCockpit() {
        browser.get("http://localhost:" + port + "/camunda/app/cockpit/");
        typeCredentials("designer1");
        browser.findElement(By.cssSelector("button.btn-primary[type='submit']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Processes"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElement(By.tagName("header")).getText().contains("Caseloads"));
        assertThat(browser.findElements(By.cssSelector("a.ehcflow-caseloads-link"))).isEmpty();
    }

    @Test
    void partnersAreNotOfferedNorShownTheCasePages() {
        signIn("health1");
        assertThat(browser.findElements(By.cssSelector("a.ehcflow-cases-link, a.ehcflow-caseloads-link"))).isEmpty();
        browser.get("http://localhost:" + port + "/cases");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("for the SEND team's officers and managers");
        assertAccessible("the refusal page");
    }

    private void assertAccessible(String what) {
        headless.assertAccessible(what);
    }

    private void assertFitsOnANarrowScreen() {
        headless.assertFitsOnANarrowScreen();
    }

    @Test
    void aHealthAdviserGivesAdviceThroughTheProvideAdviceForm() {
        CaseRecord c = TestCases.register(cases, "officer1");
        ProcessInstance pi = adviceRequested(c, "MEDICAL");

        signIn("health1");
        openFilter("My team's unassigned tasks");
        // other tests leave advice tasks in the health team's queue: open this request's own
        openTaskById(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId());
        claim();
        WebElement form = waitForForm("Provide medical advice");
        fill(form, "Date the advice was given", "20/03/2026");
        fill(form, "Where the advice report is filed", "EDRMS/4711");
        fill(form, "Name and role of the professional giving the advice", "Dr N. Patel, community paediatrician");
        complete();

        awaitVariable(pi, "adviceDocument", "EDRMS/4711");
        awaitVariable(pi, "adviceReceivedOn", "2026-03-20");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult())
                .as("on to telling the officer").isNotNull();
    }

    @Test
    void theCaseOfficerWaivesOverdueAdviceThroughTheChaseForm() {
        CaseRecord c = TestCases.register(cases, "officer2");
        ProcessInstance pi = adviceRequested(c, "SOCIAL_CARE");
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-04-13T23:00:00Z")));
        management.executeJob(management.createJobQuery().processInstanceId(pi.getId()).timers()
                .activityId("Timer_AdviceOverdue").singleResult().getId());
        management.executeJob(management.createJobQuery().processInstanceId(pi.getId())
                .activityId("Task_TellOfAdviceOverdue").singleResult().getId());
        ClockUtil.reset();

        signIn("officer2");
        openFilter("My tasks");
        openTaskById(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ChaseOverdueAdvice")
                .singleResult().getId());
        WebElement form = waitForForm("Chase overdue social care advice");
        assertThat(form.getText()).doesNotContain("Why the assessment goes on without this advice");
        form.findElement(By.xpath(".//label[contains(., 'Go on without this advice')]")).click();
        fill(form, "Why the assessment goes on without this advice", "Social care cannot visit before the decision");
        complete();

        awaitVariable(pi, "waiveReason", "Social care cannot visit before the decision");
        management.executeJob(management.createJobQuery().processInstanceId(pi.getId())
                .activityId("Task_TellAdviserAdviceWaived").singleResult().getId());
        awaitVariable(pi, "adviceOutcome", "WAIVED");
    }

    @Test
    void anOfficerEntersARequestThroughTheStartForm() {
        signIn("officer3");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[contains(., 'Start process')]"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[normalize-space(.)='EHC needs assessment']")));
        assertThat(browser.findElement(By.cssSelector(".modal-content")).getText())
                .as("Start process offers only the journeys officers start, each with its own form")
                .contains("EHC needs assessment", "Query or complaint", "Appeal to the SEND Tribunal")
                .doesNotContain("Advice request", "Case allocation", "Case handover", "Breached statutory deadline",
                        "Annual review", "School consultation", "Review of an EHC plan");
        WebElement form = openStartForm("EHC needs assessment", "Request for an EHC needs assessment");
        WebElement received = form.findElement(By.xpath(".//label[contains(., 'Date the request was received')]/following::input[1]"));
        assertThat(received.getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
        fill(form, "Date the request was received", "05/01/2026");   // 5 January, in a browser set to American English
        // the tab out of the date field (in fill) focuses the requester select, which opens its list
        WebElement youngPerson = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='The young person']")));
        // form-js picks a choice on mousedown, which Selenium's click on this list does not reach
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].dispatchEvent(new MouseEvent('mousedown', {bubbles: true, cancelable: true}))", youngPerson);
        assertThat(form.getText()).contains("The young person");
        fill(form, "Child's given name", "Noah");
        fill(form, "Child's family name", "Startform");
        fill(form, "Child's date of birth", "14/03/2009");
        fill(form, "Parent's (or young person's) name", "Noah Startform");
        fill(form, "Their email address", "noah@example.org");
        WebElement start = wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='Start']")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", start);
        start.click();

        String reference = new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> jdbc
                .sql("select reference from ehc_case where child_family_name = 'Startform'").query(String.class)
                .optional().orElse(null));
        CaseRecord c = cases.find(reference).orElseThrow();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ehcflow-started"))).getText())
                .as("the officer sees the new case's reference").contains("Started for case " + reference);
        assertThat(c.requester()).isEqualTo(CaseRecord.Requester.YOUNG_PERSON);
        assertThat(c.requestReceived()).hasToString("2026-01-05");
        assertThat(c.child().dateOfBirth()).hasToString("2009-03-14");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.reference()).count()).isEqualTo(1);
    }

    @Test
    void anOfficerRegistersAnAppealFromTheTribunalsLetterThroughTheStartForm() {
        CaseRecord c = TestCases.register(cases, "officer3");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String tribunalReference = "EH999/" + UUID.randomUUID().toString().substring(0, 8);

        signIn("officer3");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[contains(., 'Start process')]"))).click();
        WebElement form = openStartForm("Appeal to the SEND Tribunal", "Register an appeal to the SEND Tribunal");
        fill(form, "Case reference", c.reference());
        // the tab out of the reference field (in fill) focuses the decision select, which opens its list
        WebElement contents = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[contains(@class,'fjs-dropdownlist-item') and starts-with(normalize-space(.), 'The contents of the EHC plan')]")));
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].dispatchEvent(new MouseEvent('mousedown', {bubbles: true, cancelable: true}))", contents);
        fill(form, "The Tribunal's reference", tribunalReference);
        fill(form, "Date the Tribunal sent the appeal", today.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        // the hearing is not known yet: leave its date empty (the tab above left its picker open; close it)
        form.findElement(By.tagName("h1")).click();
        WebElement start = wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='Start']")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", start);
        start.click();

        Appeal appeal = new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> appeals.forCase(c.reference()).stream()
                .findFirst().orElse(null));
        assertThat(appeal.tribunalReference()).isEqualTo(tribunalReference);
        assertThat(appeal.decision()).isEqualTo(AppealableDecision.PLAN_CONTENTS);
        assertThat(appeal.sentToLocalAuthority()).isEqualTo(today);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(c.reference()).taskDefinitionKey("Task_RespondToTribunal")
                .singleResult()).satisfies(t -> assertThat(t.getAssignee()).isEqualTo("officer3"));
    }

    @Test
    void theCaseOfficerDecidesToAssessThroughTheFormAndOnlyHealthSeesTheMedicalAdviceTask() {
        CaseRecord c = TestCases.register(cases, "officer1");
        ProcessInstance pi = runtime.startProcessInstanceByKey("ehc-needs-assessment", c.reference(),
                Map.of("requestReceived", c.requestReceived().toString()));
        CaseJobs.runDue(runtime, management, c.reference());
        Task views = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
        tasks.complete(views.getId(), Map.of("parentViews", "Amara finds reading hard", "parentViewsReceivedOn", "2026-01-12"));

        signIn("officer1");
        openFilter("My tasks");
        openTaskById(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId());
        WebElement form = waitForForm("Decide whether to assess");
        assertThat(form.getText()).doesNotContain("less than 6 months", "Why the local authority will not assess");
        form.findElement(By.xpath(".//label[contains(., 'Yes: carry out an EHC needs assessment')]")).click();
        complete();

        awaitVariable(pi, "assessDecision", "ASSESS");
        CaseJobs.runDue(runtime, management, c.reference());
        List<Task> healthSees = tasks.createTaskQuery().processInstanceBusinessKey(c.reference())
                .taskCandidateGroupIn(List.of("health-advisers")).list();
        assertThat(healthSees).singleElement().satisfies(t -> assertThat(t.getName()).isEqualTo("Provide advice"));
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(c.reference()).taskName("Provide advice").count())
                .as("one request per kind of advice").isEqualTo(4);

        browser.manage().deleteAllCookies();   // signs officer1 out
        signIn("health1");
        openFilter("My team's unassigned tasks");
        openTaskById(healthSees.get(0).getId());
        assertThat(waitForForm("Provide medical advice").getText()).doesNotContain("educational", "social care");
    }

    @Test
    void underATribunalOrderTheDecisionFormOffersOnlyWhatTheOrderAllows() {
        CaseRecord c = TestCases.register(cases, "officer1");
        String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
        ProcessInstance pi = runtime.startProcessInstanceByKey("ehc-needs-assessment", c.reference(), Map.of(
                "requestReceived", today, "requiredWork", "ASSESS", "deadlineRegime", "ORDER_TO_ASSESS", "regimeFrom", today));
        CaseJobs.runDue(runtime, management, c.reference());
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_RecordParentViews")
                .singleResult().getId(), Map.of("parentViews", "Agreed", "parentViewsReceivedOn", today));

        signIn("officer1");
        openFilter("My tasks");
        openTaskById(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId());
        WebElement form = waitForForm("Decide whether to assess");
        assertThat(form.getText()).contains("The First-tier Tribunal ordered this assessment",
                        "Yes: carry out the EHC needs assessment the Tribunal requires")
                .doesNotContain("No: refuse to assess");
    }

    @Test
    void everyFormOfTheJourneyRendersInTasklistWithTheCasesValues() {
        CaseRecord c = TestCases.register(cases, "officer1");
        runtime.startProcessInstanceByKey("ehc-needs-assessment", c.reference(),
                Map.of("requestReceived", c.requestReceived().toString()));
        // The request is dated January and the clock is real: its timers are due, so the breaches are handled too.
        CaseJobs.runDue(runtime, management, c.reference());

        signIn("officer1");
        openFilter("My tasks");
        seeAndComplete(c, "Task_RecordParentViews", "Record the parent", Map.of("parentViews", "Views"));
        seeAndComplete(c, "Task_DecideWhetherToAssess", "Decide whether to assess", Map.of("assessDecision", "ASSESS"));
        tasks.createTaskQuery().processInstanceBusinessKey(c.reference()).taskDefinitionKey("Task_ProvideAdvice").list()
                .forEach(advice -> tasks.complete(advice.getId(), Map.of("adviceReceivedOn", LocalDate.now(ZoneId.of("Europe/London")).toString(),
                        "adviceDocument", "EDRMS/1", "adviceAuthor", "Adviser")));
        CaseJobs.runDue(runtime, management, c.reference());
        seeAndComplete(c, "Task_DecideWhetherToIssuePlan", "Decide whether to issue a plan",
                Map.of("planDecision", "ISSUE", "planDecisionReason", "Needs"));
        seeAndComplete(c, "Task_DraftPlan", "Draft the plan", Map.of("sectionB", "B", "sectionE", "E", "sectionF", "F",
                "draftPlanDocument", "EDRMS/2"));
        seeAndComplete(c, "Task_RecordParentComments", "comments on the draft",
                Map.of("preferredSchoolName", "Riverside Academy"));
        assertThat(seeAndComplete(c, "Task_RecordSchoolResponse", "Record the response of",
                Map.of("schoolResponse", "CAN_MEET_NEEDS", "schoolRespondedOn", "2026-05-12"))).contains("Riverside Academy");
        seeAndComplete(c, "Task_FinaliseAndIssuePlan", "Finalise and issue the plan",
                Map.of("namedSchoolName", "Riverside Academy", "finalPlanDocument", "EDRMS/3",
                        "earlyFinalisationReason", "The parent agreed the draft the day it was sent"));

        browser.manage().deleteAllCookies();   // signs officer1 out
        signIn("manager1");
        openFilter("My team's unassigned tasks");
        assertThat(seeAndComplete(c, "Task_PlanRecovery", "A statutory deadline was missed",
                Map.of("recoveryDate", LocalDate.now(ZoneId.of("Europe/London")).plusDays(14).toString(), "breachReason", "Late")))
                .containsPattern("was due by (16 February|25 May) 2026");
    }

    @Test
    void theOfficerDecidesToAmendAfterTheReviewThroughTheRenderedFormAndEveryReviewFormRenders() {
        CaseRecord c = TestCases.register(cases, "officer1");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        existingPlans.bringIn(c.reference(), new ExistingPlan(today.minusMonths(13), null, null));
        CaseJobs.runDue(runtime, management, c.reference());

        signIn("officer1");
        openFilter("My tasks");
        assertThat(seeAndComplete(c, "Task_ArrangeMeeting", "Arrange the review meeting",
                Map.of("meetingDate", today.plusDays(21).toString(), "heldBy", "LOCAL_AUTHORITY")))
                .contains("reviewed by");
        seeAndComplete(c, "Task_CirculateAdvice", "Circulate the advice", Map.of("adviceSummary", "The school's advice"));
        ProcessInstance review = runtime.createProcessInstanceQuery().processDefinitionKey("plan-review")
                .processInstanceBusinessKey(c.reference()).singleResult();
        Job meetingDay = management.createJobQuery().processInstanceId(review.getId()).activityId("Timer_MeetingDay").singleResult();
        management.setJobDuedate(meetingDay.getId(), new Date());   // the meeting day, brought forward
        management.executeJob(meetingDay.getId());
        seeAndComplete(c, "Task_SendReviewReport", "Send the review report",
                Map.of("meetingAttendees", "Parent, SENCO", "reviewReport", "Good progress", "recommendation", "AMEND"));

        openTaskById(tasks.createTaskQuery().processInstanceId(review.getId()).taskDefinitionKey("Task_DecideOutcome")
                .singleResult().getId());
        WebElement form = waitForForm("Decide: maintain, amend or cease");
        assertThat(form.getText()).doesNotContain("Proposed amendments", "This is the review before");
        form.findElement(By.xpath(".//label[contains(., 'Amend the plan')]")).click();
        fill(form, "Proposed amendments", "Section F: weekly speech and language therapy");
        fill(form, "Reasons for the decision", "Communication needs have changed");   // its TAB leaves no date picker open
        complete();

        awaitVariable(review, "reviewDecision", "AMEND");
        CaseJobs.runDue(runtime, management, c.reference());
        seeAndComplete(c, "Task_RecordAmendmentComments", "comments on the proposed amendments", Map.of("amendmentComments", "Agreed"));
        seeAndComplete(c, "Task_FinaliseAmendedPlan", "Finalise the amended plan", Map.of("amendmentsMade", "Section F"));
    }

    @Test
    void theOfficerRespondsToTheTribunalThroughTheRenderedFormAndEveryAppealFormRenders() {
        CaseRecord c = TestCases.register(cases, "officer1");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String tribunalReference = "EH999/" + UUID.randomUUID().toString().substring(0, 8);
        Appeal appeal = appeals.register(c.reference(), new NewAppeal(AppealableDecision.NO_PLAN, tribunalReference,
                today, today.plusDays(100)));
        ProcessInstance pi = runtime.createProcessInstanceQuery().processDefinitionKey(TribunalAppeals.PROCESS)
                .processInstanceBusinessKey(c.reference()).singleResult();

        signIn("officer1");
        openFilter("My tasks");
        openTaskById(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_RespondToTribunal")
                .singleResult().getId());
        WebElement form = waitForForm("Respond to the Tribunal");
        assertThat(form.getText()).contains(tribunalReference, "decision not to issue an EHC plan");
        form.findElement(By.xpath(".//label[contains(., 'Opposes the appeal')]")).click();
        fill(form, "The response, in short", "The local authority stands by its decision");
        complete();

        awaitVariable(pi, "tribunalResponse", "OPPOSE");
        assertThat(appeals.find(c.reference(), appeal.id()).response()).isEqualTo(TribunalResponse.OPPOSE);
        assertThat(seeAndComplete(c, "Task_SendBundle", "Send the evidence bundle", Map.of("bundleSummary", "Filed in EDRMS")))
                .contains(tribunalReference);
        seeAndComplete(c, "Task_RecordDecision", "Record the Tribunal", Map.of("tribunalOutcome", "DISMISSED",
                "tribunalDecisionSent", today.toString(), "decisionSummary", "The appeal is dismissed"));
        assertThat(appeals.find(c.reference(), appeal.id()).status()).isEqualTo(Appeal.Status.DECIDED);
    }

    @Test
    void theManagerSeesAMissedTribunalDeadlineAndTheOfficerRecordsTheOrderThroughTheRenderedForm() {
        CaseRecord c = TestCases.register(cases, "officer1");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String tribunalReference = "EH999/" + UUID.randomUUID().toString().substring(0, 8);
        // sent to the LA four months ago: the response was due long since, so its breach is handed to the managers
        appeals.register(c.reference(), new NewAppeal(AppealableDecision.PLAN_CONTENTS, tribunalReference,
                today.minusMonths(4), today.plusDays(60)));
        CaseJobs.runDue(runtime, management, c.reference());
        ProcessInstance pi = runtime.createProcessInstanceQuery().processDefinitionKey(TribunalAppeals.PROCESS)
                .processInstanceBusinessKey(c.reference()).singleResult();

        signIn("manager1");
        openFilter("Overdue");
        openTaskById(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_RespondToTribunal")
                .singleResult().getId());
        assertThat(waitForForm("Respond to the Tribunal").getText()).contains(tribunalReference);
        openFilter("My team's unassigned tasks");
        assertThat(seeAndComplete(c, "Task_PlanRecovery", "A statutory deadline was missed",
                Map.of("recoveryDate", today.plusDays(2).toString(), "breachReason", "The officer was on leave")))
                .contains("Tribunal");

        Task respond = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_RespondToTribunal").singleResult();
        tasks.complete(respond.getId(), Map.of("tribunalResponse", "OPPOSE", "responseSummary", "Sent late, with an apology"));
        Task bundle = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_SendBundle").singleResult();
        tasks.complete(bundle.getId(), Map.of("bundleSummary", "Filed in EDRMS"));

        browser.manage().deleteAllCookies();   // signs manager1 out
        signIn("officer1");
        openFilter("My tasks");
        openTaskById(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_RecordDecision")
                .singleResult().getId());
        WebElement form = waitForForm("Record the Tribunal");
        form.findElement(By.xpath(".//label[contains(., 'The Tribunal')]/following::*[contains(@class,'fjs-select-display')][1]")).click();
        WebElement amend = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='Ordered the plan to be amended']")));
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].dispatchEvent(new MouseEvent('mousedown', {bubbles: true, cancelable: true}))", amend);
        fill(form, "Date the Tribunal sent its decision", today.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        fill(form, "What the decision says", "Section F to specify 2 hours of therapy a week");
        fill(form, "recommendations about health provision", "The ICB should fund a wheelchair assessment");
        complete();

        awaitVariable(pi, "tribunalOutcome", "ORDER_TO_AMEND");
        CaseJobs.runDue(runtime, management, c.reference());
        assertThat(runtime.getVariable(pi.getId(), "healthRecommendations")).isEqualTo("The ICB should fund a wheelchair assessment");
        assertThat(runtime.getVariable(pi.getId(), "socialCareRecommendations")).isNull();
        String due = today.plusWeeks(5).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
        assertThat(seeAndComplete(c, "Task_AmendPlan", "Issue the plan as the Tribunal requires", Map.of(
                "namedSchoolName", "Riverside Academy", "amendmentSummary", "Section F amended")))
                .contains(tribunalReference, "The Tribunal ordered the plan to be amended", due);
    }

    @Test
    void theFormsForARemittedDecisionAndACeasingDecisionRender() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        CaseRecord remitted = decided(AppealableDecision.NO_PLAN, "REMITTED", today);
        CaseRecord dismissed = decided(AppealableDecision.CEASE, "DISMISSED", today);

        signIn("officer1");
        openFilter("My tasks");
        assertThat(seeAndComplete(remitted, "Task_Reconsider", "Reconsider the decision as remitted",
                Map.of("reconsideredDecision", "A plan will be issued"))).contains("decision not to issue an EHC plan");
        assertThat(seeAndComplete(dismissed, "Task_CarryOutCeaseDecision", "Carry out the decision on ceasing",
                Map.of("ceaseDecisionDone", "Plan ceased, all told"))).contains("The Tribunal dismissed the appeal, so the plan ceases");
    }

    /** An appeal answered and heard, its decision recorded through the engine: the work it requires is waiting. */
    private CaseRecord decided(AppealableDecision decision, String outcome, LocalDate today) {
        CaseRecord c = TestCases.register(cases, "officer1");
        appeals.register(c.reference(), new NewAppeal(decision, "EH999/" + UUID.randomUUID().toString().substring(0, 8),
                today, today.plusDays(60)));
        for (String step : List.of("Task_RespondToTribunal", "Task_SendBundle", "Task_RecordDecision")) {
            Task task = tasks.createTaskQuery().processInstanceBusinessKey(c.reference()).taskDefinitionKey(step).singleResult();
            tasks.complete(task.getId(), Map.of("tribunalResponse", "OPPOSE", "responseSummary", "Opposed",
                    "bundleSummary", "Sent", "tribunalOutcome", outcome, "tribunalDecisionSent", today.toString(),
                    "decisionSummary", "Decided"));
        }
        CaseJobs.runDue(runtime, management, c.reference());
        return c;
    }

    @Test
    void theComplaintFormsAndTheAllocationFormRenderWithTheCasesValues() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        CaseRecord complained = TestCases.register(cases, "officer1");
        Complaint complaint = complaintLog.log(complained.reference(), new Complaint.New(Complaint.Kind.COMPLAINT, today,
                "Kim Parent", "kim.parent@example.org", "Nobody returns my calls"));
        CaseRecord queried = TestCases.register(cases, "officer1");
        complaintLog.log(queried.reference(), new Complaint.New(Complaint.Kind.QUERY, today, "Kim Parent", null,
                "When is the draft plan due?"));

        signIn("officer1");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[contains(., 'Start process')]"))).click();
        openStartForm("Query or complaint", "Log a query or complaint");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='Close']"))).click();
        openFilter("My tasks");
        assertThat(seeAndComplete(queried, "Task_AnswerQuery", "Answer the query", Map.of("response", "By 20 January")))
                .contains("Kim Parent", "When is the draft plan due?");
        assertThat(seeAndComplete(complained, "Task_AcknowledgeComplaint", "Acknowledge the complaint", Map.of()))
                .contains("Nobody returns my calls");
        assertThat(seeAndComplete(complained, "Task_RespondStage1", "Respond to the complaint (stage 1)",
                Map.of("response", "Your officer will call every Friday"))).contains("Nobody returns my calls");
        complaintLog.escalate(complained.reference(), complaint.id(), today);
        CaseRecord unassigned = TestCases.register(cases, null);
        unassignedCases.queue(unassigned.reference());

        browser.manage().deleteAllCookies();   // signs officer1 out
        signIn("manager1");
        openFilter("My team's unassigned tasks");
        assertThat(seeAndComplete(complained, "Task_RespondStage2", "Respond to the complaint (stage 2)",
                Map.of("stage2Response", "We apologise"))).contains("Your officer will call every Friday");
        assertThat(seeAndComplete(unassigned, "Task_NameOfficer", "Name an officer for the case",
                Map.of("caseOfficer", "officer2"))).contains(unassigned.reference());
        assertThat(cases.find(unassigned.reference()).orElseThrow().caseOfficer()).isEqualTo("officer2");
    }

    @Test
    void aManagerOpensTheCaseloadViewFromTheWebappsAndMovesOfficer2sCasesToOfficer3() throws Exception {
        TestCases.register(cases, "officer2");
        TestCases.register(cases, "officer2");

        signIn("manager1");
        browser.get("http://localhost:" + port + "/camunda/app/cockpit/");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.ehcflow-caseloads-link")));
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.ehcflow-caseloads-link"))).click();
        WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("caseloads")));
        assertThat(table.getText()).contains("Olivia Okafor", "Omar Osei", "Orla O'Neill", "Team");
        assertAccessible("the caseloads page");
        Map<String, Map<String, String>> before = caseloadRows();
        JsonNode api = new ObjectMapper().readTree(new TestRestTemplate().withBasicAuth("manager1", "manager1")
                .getForEntity("http://localhost:" + port + "/api/caseloads", String.class).getBody());
        assertThat(before.keySet()).containsAll(api.findValuesAsText("officer"));
        for (JsonNode row : api) {
            Map<String, String> shown = before.get(row.get("officer").asText());
            for (String field : List.of("openCases", "openTasks", "dueWithin7Days", "overdue", "breachedLast30Days", "openComplaints")) {
                assertThat(shown.get(field)).as(row.get("officer").asText() + " " + field + ": the page and GET /api/caseloads")
                        .isEqualTo(row.get(field).asText());
            }
        }
        int moving = Integer.parseInt(before.get("officer2").get("openCases"));
        assertThat(moving).isGreaterThanOrEqualTo(2);

        browser.findElement(By.linkText("Omar Osei")).click();
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main form")));
        assertAccessible("an officer's caseload page");
        new org.openqa.selenium.support.ui.Select(form.findElement(By.name("to"))).selectByValue("officer3");
        form.findElement(By.id("reason")).sendKeys("Omar moves to the post-16 team");
        form.findElement(By.xpath(".//button[@type='submit']")).click();

        // all of officer2's cases: the open ones counted above, and any other with work going on (an appeal, say)
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice"))).getText()).startsWith("Moved ");
        Map<String, Map<String, String>> after = caseloadRows();
        assertThat(after.get("officer2").get("openCases")).isEqualTo("0");
        assertThat(after.get("officer2").get("openTasks")).isEqualTo("0");
        assertThat(Integer.parseInt(after.get("officer3").get("openCases")))
                .isEqualTo(Integer.parseInt(before.get("officer3").get("openCases")) + moving);
        assertThat(after.get("TEAM").get("openCases")).as("the team's total does not change").isEqualTo(before.get("TEAM").get("openCases"));
    }

    /** Each row of the caseload page (the officers', then TEAM), by the figures it shows. */
    private Map<String, Map<String, String>> caseloadRows() {
        Map<String, Map<String, String>> rows = new java.util.HashMap<>();
        for (WebElement row : browser.findElements(By.cssSelector("#caseloads tr[data-officer]"))) {
            Map<String, String> figures = new java.util.HashMap<>();
            row.findElements(By.cssSelector("td[data-field]")).forEach(cell -> figures.put(cell.getAttribute("data-field"), cell.getText()));
            rows.put(row.getAttribute("data-officer"), figures);
        }
        return rows;
    }

    @Test
    void theMediationFormsRenderWithTheCasesValues() {
        CaseRecord c = TestCases.register(cases, "officer1");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        runtime.createMessageCorrelation(TribunalAppeals.MESSAGE_DECISION).processInstanceBusinessKey(c.reference())
                .setVariable("appealableDecision", "REFUSAL_TO_ASSESS").correlateStartMessage();
        appeals.requestMediation(c.reference(), new MediationRequest(AppealableDecision.REFUSAL_TO_ASSESS,
                "Whether the needs call for an assessment", false, today));

        signIn("officer1");
        openFilter("My tasks");
        assertThat(seeAndComplete(c, "Task_RecordMediationOutcome", "Record the outcome of mediation",
                Map.of("mediationOutcome", "AGREEMENT", "agreedActions", "Ask the educational psychologist")))
                .contains("refusal to carry out an EHC needs assessment", "Whether the needs call for an assessment");
        assertThat(seeAndComplete(c, "Task_CarryOutAgreedActions", "Carry out the actions agreed",
                Map.of("actionsDone", "Asked"))).contains("Ask the educational psychologist");
    }

    /** Opens the case's task in Tasklist, waits for its form, then completes it through the engine; the form's text. */
    private String seeAndComplete(CaseRecord c, String taskKey, String heading, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(c.reference()).taskDefinitionKey(taskKey)
                .listPage(0, 1).stream().findFirst().orElseThrow(() -> new AssertionError("no task " + taskKey));
        openTaskById(task.getId());
        String text = waitForForm(heading).getText();
        tasks.complete(task.getId(), variables);
        CaseJobs.runDue(runtime, management, c.reference());
        return text;
    }

    /** A case officer with no cases yet. */
    private String newOfficer() {
        return org.ehcflow.TestUsers.create(identity, "officer", org.ehcflow.identity.Groups.CASE_OFFICERS, "Test", "Officer");
    }

    private ProcessInstance adviceRequested(CaseRecord c, String kind) {
        ProcessInstance pi = runtime.startProcessInstanceByKey("advice-request", c.reference(),
                Map.of("adviceKind", kind, "adviceRequestedOn", "2026-03-02"));
        management.executeJob(management.createJobQuery().processInstanceId(pi.getId()).singleResult().getId());
        return pi;
    }

    private void signIn(String user) {
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
        typeCredentials(user);
        browser.findElement(By.cssSelector("button.btn-primary[type='submit']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "My team's unassigned tasks"));
    }

    private void typeCredentials(String user) {
        headless.typeCredentials(user);
    }

    private void openFilter(String name) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[normalize-space(text())=\"" + name + "\"]")))
                .click();
    }

    /** Opens one task by id within the filter chosen, as a link from a message would. */
    private void openTaskById(String taskId) {
        String filtered = browser.getCurrentUrl().replaceAll("[?&]task=[^&]*", "");
        browser.get(filtered + (filtered.contains("?") ? "&" : "?") + "task=" + taskId);
    }

    private void claim() {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[contains(., 'Claim')]"))).click();
    }

    /**
     * Chooses a journey in Start process and waits for its form. The dialog fills its list as the definitions arrive,
     * and a click on an entry drawn before then can be lost: the entry is found and clicked again until the form shows.
     */
    private WebElement openStartForm(String journey, String heading) {
        By entry = By.xpath("//a[normalize-space(.)='" + journey + "']");
        By form = By.xpath("//*[contains(@class,'fjs-container')]//h1[contains(., \"" + heading + "\")]");
        for (int attempt = 0; attempt < 3; attempt++) {
            wait.until(ExpectedConditions.elementToBeClickable(entry)).click();
            try {
                new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(form));
                break;
            } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.StaleElementReferenceException lost) {
                // the click went to an entry redrawn meanwhile: choose the journey again
            }
        }
        return waitForForm(heading);
    }

    private WebElement waitForForm(String heading) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(@class,'fjs-container')]//h1[contains(., \"" + heading + "\")]")));
        return browser.findElement(By.cssSelector(".fjs-container"));
    }

    private void fill(WebElement form, String label, String text) {
        WebElement field = form.findElement(By.xpath(".//label[contains(., \"" + label + "\")]/following::*[self::input or self::textarea][1]"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", field);
        field.click();
        field.sendKeys(text);
        field.sendKeys(Keys.TAB);
    }

    private void complete() {
        WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//button[normalize-space(.)='Complete']")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", complete);
        wait.until(ExpectedConditions.elementToBeClickable(complete)).click();
    }

    private void awaitVariable(ProcessInstance pi, String variable, String value) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> history.createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId()).variableName(variable).list().stream()
                .anyMatch(v -> value.equals(v.getValue())));
    }
}
