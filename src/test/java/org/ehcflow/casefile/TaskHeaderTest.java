package org.ehcflow.casefile;

import static org.assertj.core.api.Assertions.*;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URI;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.ehcflow.CaseJobs;
import org.ehcflow.EhcFlowIntegrationTest;
import org.ehcflow.TestCases;
import org.ehcflow.WebappSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The case header above a task's form: for whoever may see the task, and nobody else. */
@EhcFlowIntegrationTest
class TaskHeaderTest {

    @LocalServerPort int port;
    @Autowired CaseRepository cases;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired TaskService tasks;
    final ObjectMapper json = new ObjectMapper();

    @Test
    void theOfficerSeesTheCaseAndTheClockOfTheirTaskAPartnerDoesNotAndNobodySignedOutDoes() throws Exception {
        CaseRecord c = TestCases.register(cases, "officer2", "Ífe \"Ade\" <b>", "O'Brien-Ñúñez 🙂");
        runtime.startProcessInstanceByKey("ehc-needs-assessment", c.reference(), Map.of("requestReceived", "2026-01-05"));
        CaseJobs.runDue(runtime, management, c.reference());
        Task views = tasks.createTaskQuery().processInstanceBusinessKey(c.reference())
                .taskDefinitionKey("Task_RecordParentViews").singleResult();
        String path = "/tasklist/tasks/" + views.getId() + "/case";

        HttpResponse<String> officer = WebappSignIn.as(port, "officer2").get(path);
        assertThat(officer.statusCode()).isEqualTo(200);
        assertThat(officer.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode header = json.readTree(officer.body());
        assertThat(header.get("childName").asText()).isEqualTo("Ífe \"Ade\" <b> O'Brien-Ñúñez 🙂");
        assertThat(header.get("dateOfBirth").asText()).isEqualTo("12 April 2018");
        assertThat(header.get("stage").asText()).isEqualTo("Considering the request for an assessment");
        assertThat(header.get("clock").get("key").asText()).isEqualTo("ASSESSMENT_DECISION");
        assertThat(header.get("clock").get("dueDate").asText()).isEqualTo("16 February 2026");
        assertThat(header.get("clock").get("daysLeft").asLong()).isNegative();
        assertThat(header.get("casePage").asText()).isEqualTo("/cases/" + c.reference());

        assertThat(WebappSignIn.as(port, "health1").get(path).statusCode()).as("not a task of health's").isEqualTo(404);
        assertThat(WebappSignIn.as(port, "officer2").get("/tasklist/tasks/no-such-task/case").statusCode()).isEqualTo(404);
        HttpResponse<String> signedOut = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedOut.statusCode()).isEqualTo(401);
    }
}
