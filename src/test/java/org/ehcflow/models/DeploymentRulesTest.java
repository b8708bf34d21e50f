package org.ehcflow.models;

import static org.assertj.core.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.ehcflow.EhcFlowIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A model is configuration, not code: whatever path a deployment takes, it may call only the product's facades, and a
 * designer can neither delete a deployment nor suspend a journey.
 */
@EhcFlowIntegrationTest
class DeploymentRulesTest {

    @Autowired ModelValidation validation;
    @Autowired RepositoryService repository;
    @Autowired TestRestTemplate http;
    @Autowired ModelAudit audit;
    @Autowired org.camunda.bpm.engine.RuntimeService runtime;
    @Autowired org.ehcflow.casefile.CaseRepository cases;
    final ObjectMapper json = new ObjectMapper();

    @Test
    void theProductsOwnModelsKeepTheRules() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String folder : List.of("bpmn", "forms")) {
            try (Stream<Path> paths = Files.list(Path.of(folder))) {
                for (Path path : paths.toList()) {
                    files.put(folder + "/" + path.getFileName(), Files.readAllBytes(path));
                }
            }
        }
        assertThat(validation.rules().check(files)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the engine's services           | camunda:expression="${execution.processEngineServices.runtimeService}"  | execution.processEngineServices
            a bean that is not a facade     | camunda:expression="${jdbcClient.sql('select 1')}"                      | 'jdbcClient' is not one of the product's facades
            a facade's unpublished member   | camunda:expression="${deadlines.calendar}"                              | not a published method
            a call on a call's result       | camunda:expression="${deadlines.dueDate(execution, 'FINAL_PLAN').getClass()}" | no call on the result
            indexing into an object         | camunda:expression="${execution['processEngineServices']}"              | no indexing
            an unknown deadline key         | camunda:expression="${deadlines.openToday(execution, 'FINAL_PLN')}"     | 'FINAL_PLN' is not a statutory deadline key
            an unknown notice template      | camunda:expression="${notify.send(execution, 'no-such-letter', 'PARENT')}" | 'no-such-letter' is not a notice template
            a Java class                    | camunda:class="java.lang.Runtime"                                       | scripts, Java classes
            a delegate expression           | camunda:delegateExpression="${jdbcClient}"                              | scripts, Java classes
            a script resource               | camunda:resource="deployment://x.groovy"                                 | scripts, Java classes
            a notice nothing fills          | camunda:expression="${notify.send(execution, 'review-report', 'PARENT')}" | uses {meetingAttendees}
            a form of another deployment    | camunda:expression="${cases.officerOf(execution)}" camunda:formRef="elsewhere" | formRef 'elsewhere'
            """)
    void aModelReachingBeyondTheFacadesIsRefusedByEveryPathAndNothingIsDeployed(String what, String attribute, String rule)
            throws Exception {
        String model = serviceTask(attribute);
        List<ModelRules.Violation> violations = validation.rules().check(Map.of("bpmn/attack.bpmn",
                model.getBytes(StandardCharsets.UTF_8)));
        assertThat(violations).as(what).anySatisfy(v -> {
            assertThat(v.rule()).contains(rule);
            assertThat(v.file()).isEqualTo("bpmn/attack.bpmn");
            assertThat(v.element()).isEqualTo("Task_Attack");
        });
        long deployments = repository.createDeploymentQuery().count();

        ResponseEntity<String> fromTheModeler = deploy("designer1", model);
        assertThat(fromTheModeler.getStatusCode().value()).as(what + ": " + fromTheModeler.getBody()).isEqualTo(400);
        assertThat(json.readTree(fromTheModeler.getBody()).get("violations")).anySatisfy(v ->
                assertThat(v.get("rule").asText()).contains(rule));

        Path folder = Files.createTempDirectory("models");
        Files.createDirectories(folder.resolve("bpmn"));
        Files.writeString(folder.resolve("bpmn/attack.bpmn"), model);
        assertThatThrownBy(() -> new ModelDeployer(new ModelsProperties(folder.toString()), json, audit).deploy(repository))
                .as(what + " from the folder").hasMessageContaining(rule).hasMessageContaining("Task_Attack");

        assertThat(repository.createDeploymentQuery().count()).as("nothing deployed").isEqualTo(deployments);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("attack").count()).isZero();
    }

    @Test
    void aNoticeWhosePlaceholdersNothingWritesIsRefusedAndTheFormThatWritesThemLetsItThrough() throws IOException {
        String sendsTheReport = serviceTask("camunda:expression=\"${notify.send(execution, 'review-report', 'PARENT')}\"");

        assertThat(validation.rules().check(Map.of("bpmn/attack.bpmn", sendsTheReport.getBytes(StandardCharsets.UTF_8))))
                .extracting(ModelRules.Violation::rule)
                .anySatisfy(rule -> assertThat(rule).contains("'review-report' uses {meetingAttendees}"))
                .noneSatisfy(rule -> assertThat(rule).contains("{meetingOn}"));   // the product's review facade writes it
        assertThat(validation.rules().check(Map.of("bpmn/attack.bpmn", sendsTheReport.getBytes(StandardCharsets.UTF_8),
                "forms/send-review-report.form", Files.readAllBytes(Path.of("forms/send-review-report.form"))))).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            timeDuration | P14D                                       | true
            timeDuration | PT36H                                      | true
            timeDate     | 2026-05-26T00:00:00Z                       | true
            timeCycle    | R3/PT10M                                   | true
            timeDate     | ${deadlines.breachAt(execution, 'FINAL_PLAN')} | true
            timeDuration | 14 days                                    | false
            timeDate     | tomorrow                                   | false
            timeDate     | ${deadlines.breachAt(execution, 'NO_SUCH')}    | false
            """)
    void aTimerIsAProductExpressionOrAnIsoValue(String kind, String value, boolean allowed) {
        String timer = serviceTask("camunda:expression=\"${cases.officerOf(execution)}\"").replace("<bpmn:endEvent",
                "<bpmn:intermediateCatchEvent id=\"Timer_Attack\"><bpmn:timerEventDefinition><bpmn:" + kind + ">" + value
                        + "</bpmn:" + kind + "></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent><bpmn:endEvent");
        List<ModelRules.Violation> violations = validation.rules().check(Map.of("bpmn/timer.bpmn", timer.getBytes(StandardCharsets.UTF_8)));
        if (allowed) {
            assertThat(violations).isEmpty();
        } else {
            assertThat(violations).isNotEmpty().allSatisfy(v -> assertThat(v.element()).isEqualTo("Timer_Attack"));
        }
    }

    @Test
    void aScriptTaskAndAFormOfAnotherDeploymentAreRefused() {
        String script = serviceTask("camunda:expression=\"${cases.officerOf(execution)}\"")
                .replace("<bpmn:endEvent", "<bpmn:scriptTask id=\"Task_Script\" scriptFormat=\"groovy\"><bpmn:script>1</bpmn:script></bpmn:scriptTask><bpmn:endEvent")
                .replace("<bpmn:endEvent", "<bpmn:userTask id=\"Task_Form\" camunda:formRef=\"not-deployed\" camunda:formRefBinding=\"deployment\" /><bpmn:endEvent");
        assertThat(validation.rules().check(Map.of("bpmn/attack.bpmn", script.getBytes(StandardCharsets.UTF_8))))
                .extracting(ModelRules.Violation::rule)
                .anyMatch(rule -> rule.contains("scripts"))
                .anyMatch(rule -> rule.contains("formRef 'not-deployed'"));
    }

    @Test
    void theDeploymentAttackThroughEngineRestIsA400NamingTheExpressionAndDeploysNothing() throws Exception {
        long deployments = repository.createDeploymentQuery().count();
        String attack = serviceTask("camunda:expression=\"${execution.processEngineServices.runtimeService.createProcessInstanceQuery().list()}\"");

        ResponseEntity<String> answer = deploy("designer1", attack);

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        JsonNode problem = json.readTree(answer.getBody());
        assertThat(problem.get("message").asText()).contains("bpmn/attack.bpmn", "Task_Attack", "execution.processEngineServices");
        assertThat(problem.get("violations").get(0).get("element").asText()).isEqualTo("Task_Attack");
        assertThat(repository.createDeploymentQuery().count()).as("nothing deployed").isEqualTo(deployments);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("attack").count()).isZero();

        JsonNode recorded = json.readTree(http.withBasicAuth("designer1", "designer1")
                .getForObject("/api/models/deployments", String.class)).get("deployments").get(0);
        assertThat(recorded.get("outcome").asText()).isEqualTo("REFUSED");
        assertThat(recorded.get("deployedBy").asText()).isEqualTo("designer1");
        assertThat(recorded.get("files").get(0).asText()).isEqualTo("bpmn/attack.bpmn");
        assertThat(recorded.get("report").asText()).contains("Task_Attack", "execution.processEngineServices");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            GET    | /engine-rest/process-instance/{id}
            GET    | /engine-rest/process-instance/{id}/variables
            DELETE | /engine-rest/process-instance/{id}
            GET    | /engine-rest/variable-instance?processInstanceIdIn={id}
            GET    | /engine-rest/history/variable-instance?processInstanceId={id}
            GET    | /engine-rest/history/process-instance?processInstanceId={id}
            GET    | /engine-rest/engine/default/history/activity-instance?processInstanceId={id}
            GET    | /engine-rest/task?processInstanceId={id}
            """)
    void aDesignerReadsAndChangesNoCase(String method, String path) {
        String instance = runtime.startProcessInstanceByKey("ehc-needs-assessment",
                org.ehcflow.TestCases.register(cases, "officer1").reference(), Map.of("requestReceived", "2026-01-05")).getId();

        ResponseEntity<String> answer = http.withBasicAuth("designer1", "designer1")
                .exchange(path.replace("{id}", instance), HttpMethod.valueOf(method), null, String.class);

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(403);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isOne();
    }

    @ParameterizedTest(name = "historyTimeToLive {0}")
    @CsvSource({"P2555D", "30", "P11687D"})
    void aJourneyThatWouldDropItsHistoryBeforeItsCaseIsRemovedIsRefused(String timeToLive) {
        long deployments = repository.createDeploymentQuery().count();
        String shortLived = serviceTask("camunda:expression=\"${cases.officerOf(execution)}\"")
                .replace("historyTimeToLive=\"P14610D\"", "historyTimeToLive=\"" + timeToLive + "\"");

        ResponseEntity<String> answer = deploy("designer1", shortLived);

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        assertThat(answer.getBody()).contains("bpmn/attack.bpmn", "historyTimeToLive '" + timeToLive + "'",
                "ehcflow.retention", "at least P11688D");
        assertThat(repository.createDeploymentQuery().count()).as("nothing deployed").isEqualTo(deployments);
    }

    @Test
    void aDesignerMayDeployAModelThatKeepsTheRules() {
        ResponseEntity<String> answer = deploy("designer1", serviceTask("camunda:expression=\"${cases.officerOf(execution)}\""));
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        repository.createDeploymentQuery().deploymentName("designer-test").list()
                .forEach(d -> repository.deleteDeployment(d.getId(), true));
    }

    @Test
    void aDesignerCannotWipeOrSuspendTheJourneys() {
        runtime.startProcessInstanceByKey("ehc-needs-assessment", org.ehcflow.TestCases.register(cases, "officer1").reference(),
                Map.of("requestReceived", "2026-01-05"));   // a case on it: the designer is refused before anything else
        String deploymentId = repository.createProcessDefinitionQuery().processDefinitionKey("ehc-needs-assessment")
                .latestVersion().singleResult().getDeploymentId();
        TestRestTemplate designer = http.withBasicAuth("designer1", "designer1");

        ResponseEntity<String> wipe = designer.exchange("/engine-rest/deployment/" + deploymentId
                + "?cascade=true&skipCustomListeners=true", HttpMethod.DELETE, null, String.class);
        assertThat(wipe.getStatusCode().value()).as(wipe.getBody()).isEqualTo(403);
        assertThat(repository.createDeploymentQuery().deploymentId(deploymentId).count()).isOne();

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> suspend = designer.exchange("/engine-rest/process-definition/key/ehc-needs-assessment/suspended",
                HttpMethod.PUT, new HttpEntity<>("{\"suspended\": true, \"includeProcessInstances\": true}", headers), String.class);
        assertThat(suspend.getStatusCode().value()).as(suspend.getBody()).isEqualTo(403);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("ehc-needs-assessment").active().count())
                .isPositive();
    }

    private ResponseEntity<String> deploy(String user, String bpmn) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", "designer-test");
        parts.add("data", new ByteArrayResource(bpmn.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "bpmn/attack.bpmn";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(user, user).postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, headers), String.class);
    }

    private static String serviceTask(String attribute) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Attack" targetNamespace="http://bpmn.io/schema/bpmn">
                  <bpmn:process id="attack" name="Attack" isExecutable="true" camunda:historyTimeToLive="P14610D" camunda:isStartableInTasklist="false">
                    <bpmn:startEvent id="StartEvent_Attack" />
                    <bpmn:serviceTask id="Task_Attack" name="Attack" %s />
                    <bpmn:endEvent id="EndEvent_Attack" />
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(attribute);
    }
}
