package org.ehcflow.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A journey changed as a designer would change it, deployed from the Modeler, and put back afterwards: the folder's
 * version deployed again and every case moved back to it, so that the tests after see the journeys as the folder
 * has them.
 */
public final class ChangedJourneys {

    public static final String ANNUAL_REVIEW = "annual-review";

    private ChangedJourneys() {
    }

    /** annual-review.bpmn with its call activity renamed and a step added between the timer and the review. */
    public static String changedAnnualReview() {
        return folders(ANNUAL_REVIEW)
                .replace("name=\"Review the plan\"", "name=\"Review the EHC plan\"")
                .replace("sourceRef=\"Timer_TimeToArrangeMeeting\" targetRef=\"Gateway_ReviewDue\"",
                        "sourceRef=\"Timer_TimeToArrangeMeeting\" targetRef=\"Event_ReviewStarting\"")
                .replace("<bpmn:exclusiveGateway id=\"Gateway_ReviewDue\"",
                        "<bpmn:intermediateThrowEvent id=\"Event_ReviewStarting\" name=\"Review starting\">"
                                + "<bpmn:incoming>Flow_TimeToArrangeMeeting</bpmn:incoming><bpmn:outgoing>Flow_ReviewStarting"
                                + "</bpmn:outgoing></bpmn:intermediateThrowEvent><bpmn:sequenceFlow id=\"Flow_ReviewStarting\""
                                + " sourceRef=\"Event_ReviewStarting\" targetRef=\"Gateway_ReviewDue\" />"
                                + "<bpmn:exclusiveGateway id=\"Gateway_ReviewDue\"");
    }

    public static String folders(String processKey) {
        try {
            return Files.readString(Path.of("bpmn", processKey + ".bpmn"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As the Modeler's Deploy button sends it: POST /engine-rest/deployment/create. */
    public static ResponseEntity<String> deployFromTheModeler(TestRestTemplate http, String user, String file, String bpmn) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", "changed in the Modeler");
        parts.add("deployment-source", "Camunda Modeler");
        parts.add("data", new ByteArrayResource(bpmn.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return file;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(user, user).postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, headers), String.class);
    }

    /** Runs every batch's jobs, as the job executor would, until no batch is left. */
    public static void runBatches(ManagementService management) {
        for (int round = 0; round < 1000; round++) {
            List<Job> jobs = new ArrayList<>();
            for (Batch batch : management.createBatchQuery().list()) {
                for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
                        batch.getMonitorJobDefinitionId())) {
                    if (management.createJobQuery().jobDefinitionId(definition).noRetriesLeft().count() == 0) {
                        jobs.addAll(management.createJobQuery().jobDefinitionId(definition).list());
                    }
                }
            }
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("the migration batches did not end");
    }

    /** Deploys the folder's version again, moves every case to it and removes the test's deployments. */
    public static void putTheFoldersVersionBack(RepositoryService repository, ManagementService management,
                                                ModelMigrations migrations, String processKey, List<String> deployments) {
        if (deployments.isEmpty()) {
            return;
        }
        Deployment folders = repository.createDeployment().name("the folder's " + processKey + " again")
                .addString("bpmn/" + processKey + ".bpmn", folders(processKey)).deploy();
        migrations.migrate(processKey, "test");
        runBatches(management);
        deployments.forEach(id -> repository.deleteDeployment(id, true));
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion().singleResult()
                .getDeploymentId()).isEqualTo(folders.getId());
    }
}
