package org.ehcflow.notification;

import static org.assertj.core.api.Assertions.*;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.ehcflow.EhcFlowIntegrationTest;
import org.ehcflow.TestCases;
import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.casefile.CaseRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import io.micrometer.core.instrument.MeterRegistry;

import jakarta.mail.internet.MimeMessage;

/** Notifications against a real SMTP server: recorded first, retried on failure, sent exactly once. */
@EhcFlowIntegrationTest
class NotificationDeliveryTest {

    @Autowired GreenMail smtp;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired CaseRepository cases;
    @Autowired NotificationService notifications;
    @Autowired TestRestTemplate http;
    @Autowired NotificationRepository repository;
    @Autowired RecipientDirectory recipients;
    @Autowired NotificationTemplates templates;
    @Autowired NotificationLedger ledger;
    @Autowired NotificationCounters counters;
    @Autowired PlatformTransactionManager transactions;
    @Autowired MeterRegistry meters;

    CaseRecord c;

    @BeforeEach
    void setUp() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        c = TestCases.register(cases, "officer1");
    }

    @AfterEach
    void smtpBackUp() {
        if (!smtp.isRunning()) {
            smtp.start();
        }
    }

    @Test
    void anAdvisersRequestIsEmailedAndReadableThroughTheApi() throws Exception {
        ProcessInstance pi = startAdviceRequest("PSYCHOLOGICAL");
        management.executeJob(job(pi).getId());

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(GreenMailUtil.getAddressList(received[0].getAllRecipients())).isEqualTo("ep-service@ehcflow.invalid");
        assertThat(GreenMailUtil.getBody(received[0])).contains(c.reference());

        List<Map<String, Object>> recorded = http.withBasicAuth("officer1", "officer1")
                .exchange("/api/cases/" + c.reference() + "/notifications", HttpMethod.GET, null,
                        new ParameterizedTypeReference<List<Map<String, Object>>>() {
                        }).getBody();
        assertThat(recorded).singleElement().satisfies(n -> {
            assertThat(n).containsEntry("recipientRole", "EDUCATIONAL_PSYCHOLOGY").containsEntry("channel", "EMAIL")
                    .containsEntry("status", "SENT").containsEntry("attempts", 1)
                    .containsEntry("recipientAddress", "ep-service@ehcflow.invalid");
            assertThat((String) n.get("subject")).contains("psychological advice");
            assertThat(n.get("sentAt")).isNotNull();
        });
    }

    @Test
    void whileTheMailServerIsDownTheStepIsRetriedThenAnIncidentAndOnceItIsBackTheMessageGoesOutOnce() {
        ProcessInstance pi = startAdviceRequest("SOCIAL_CARE");
        Job job = job(pi);
        smtp.stop();

        assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("Could not email SOCIAL_CARE");
        Job retried = management.createJobQuery().jobId(job.getId()).singleResult();
        assertThat(retried.getRetries()).as("five retries after the first try (PT30S,PT2M,PT5M,PT15M,PT30M)").isEqualTo(5);
        assertThat(retried.getDuedate()).as("the first retry half a minute later, as a mail server is often back soon")
                .isCloseTo(java.util.Date.from(java.time.Instant.now().plusSeconds(30)), 5_000);
        assertThat(retried.getExceptionMessage()).contains("Could not email");
        assertThat(notifications.forCase(c.reference())).singleElement().satisfies(n -> {
            assertThat(n.status()).isEqualTo(Notification.Status.FAILED);
            assertThat(n.attempts()).isEqualTo(1);
            assertThat(n.lastError()).isNotBlank();
        });

        management.setJobRetries(job.getId(), 1);
        assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining("Could not email SOCIAL_CARE");
        Incident incident = runtime.createIncidentQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(incident).as("an incident for Cockpit").isNotNull();
        assertThat(incident.getActivityId()).isEqualTo("Task_SendAdviceRequest");

        smtp.start();
        management.setJobRetries(job.getId(), 1);
        management.executeJob(job.getId());

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(notifications.forCase(c.reference())).singleElement().satisfies(n -> {
            assertThat(n.status()).isEqualTo(Notification.Status.SENT);
            assertThat(n.attempts()).isEqualTo(3);
        });
    }

    @Test
    void aMessageAlreadySentUnderTheSameKeyIsNotSentAgain() {
        notifications.send(c.reference(), RecipientRole.PARENT, "advice-waived",
                Map.of("adviceWords", "medical"), "job:retried-job");
        notifications.send(c.reference(), RecipientRole.PARENT, "advice-waived",
                Map.of("adviceWords", "medical"), "job:retried-job");

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(notifications.forCase(c.reference())).hasSize(1);
    }

    @Test
    void everyManagerIsToldSeparately() {
        List<Notification> sent = notifications.send(c.reference(), RecipientRole.MANAGER, "advice-overdue",
                Map.of("adviceWords", "medical", "adviceKey", "ADVICE_MEDICAL", "due.ADVICE_MEDICAL", "13 April 2026"),
                "job:overdue");
        assertThat(sent).extracting(Notification::recipientAddress).containsExactly("manager1@ehcflow.invalid");
        assertThat(sent.get(0).body()).contains("was due by 13 April 2026");
    }

    @Test
    void withoutAMailServerTheMessageIsRecordedForOfficersToRead() {
        NotificationService embeddedDefault = withoutAMailServer();

        embeddedDefault.send(c.reference(), RecipientRole.PARENT, "advice-waived", Map.of("adviceWords", "medical"),
                "job:embedded");

        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(notifications.forCase(c.reference())).singleElement().satisfies(n -> {
            assertThat(n.status()).isEqualTo(Notification.Status.RECORDED);
            assertThat(n.channel()).isEqualTo(Notification.Channel.RECORD);
            assertThat(n.recipientAddress()).isEqualTo("grace.test@example.org");
            assertThat(n.body()).contains("Amara Test");
        });
    }

    @Test
    void aRecordedNoticeAnEarlierVersionLeftAsSendingIsCompletedWhenItsStepRuns() {
        NotificationService embeddedDefault = withoutAMailServer();
        String key = "job:earlier:advice-waived:PARENT:grace.test@example.org";
        ledger.commit(() -> ledger.jdbc().sql("""
                insert into notification (idempotency_key, case_reference, recipient_role, recipient_name, recipient_address,
                    channel, subject, body, status, attempts, created_at)
                values (:key, :reference, 'PARENT', 'Grace Test', 'grace.test@example.org', 'RECORD', 'Advice', 'Body',
                    'SENDING', 0, current_timestamp)""").param("key", key).param("reference", c.reference()).update());

        List<Notification> recorded = embeddedDefault.send(c.reference(), RecipientRole.PARENT, "advice-waived",
                Map.of("adviceWords", "medical"), "job:earlier");

        assertThat(recorded).singleElement().satisfies(n -> {
            assertThat(n.idempotencyKey()).isEqualTo(key);
            assertThat(n.status()).isEqualTo(Notification.Status.RECORDED);
        });
        assertThat(notifications.forCase(c.reference())).hasSize(1);
    }

    @Test
    void aRecordedNoticeIsWrittenWithItsStepSoAStepRolledBackLeavesNoneAndItsRetryRecordsItOnce() {
        NotificationService embeddedDefault = withoutAMailServer();
        TransactionTemplate step = new TransactionTemplate(transactions);
        double recordedBefore = recordedCount();
        step.executeWithoutResult(status -> {
            embeddedDefault.send(c.reference(), RecipientRole.PARENT, "advice-waived", Map.of("adviceWords", "medical"), "job:rolled-back");
            status.setRollbackOnly();
        });
        assertThat(notifications.forCase(c.reference())).as("rolled back with its step").isEmpty();
        assertThat(recordedCount()).as("nothing counted for a step rolled back").isEqualTo(recordedBefore);

        step.executeWithoutResult(status -> {
            embeddedDefault.send(c.reference(), RecipientRole.PARENT, "advice-waived", Map.of("adviceWords", "medical"), "job:rolled-back");
            embeddedDefault.send(c.reference(), RecipientRole.PARENT, "advice-waived", Map.of("adviceWords", "medical"), "job:rolled-back");
        });
        embeddedDefault.send(c.reference(), RecipientRole.PARENT, "advice-waived", Map.of("adviceWords", "medical"), "job:rolled-back");
        assertThat(notifications.forCase(c.reference())).as("recorded once by the retry, twice asked within it and once after")
                .singleElement().satisfies(n -> assertThat(n.status()).isEqualTo(Notification.Status.RECORDED));
        assertThat(recordedCount()).as("counted once, when the retry committed").isEqualTo(recordedBefore + 1);
    }

    private double recordedCount() {
        return meters.get("ehcflow.notifications").tag("channel", "RECORD").tag("status", "RECORDED").counter().count();
    }

    /** The embedded default: no service sends anything, so every notice is recorded for officers to read. */
    private NotificationService withoutAMailServer() {
        NotificationProperties smtpSettings = new NotificationProperties(NotificationProperties.Service.SMTP,
                "send-team@ehcflow.invalid", new NotificationProperties.MediationAdviser(null, null, null));
        return new NotificationService(cases, repository, recipients, templates,
                new NoticeSenders(smtpSettings, TestProviders.absent(), TestProviders.absent()), smtpSettings, ledger, counters);
    }

    @Test
    void aTemplateWithAnUnknownPlaceholderFailsRatherThanSendingAGap() {
        assertThatThrownBy(() -> notifications.send(c.reference(), RecipientRole.PARENT, "advice-waived", Map.of(),
                "job:gap")).hasMessageContaining("adviceWords");
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    private ProcessInstance startAdviceRequest(String kind) {
        return runtime.startProcessInstanceByKey("advice-request", c.reference(),
                Map.of("adviceKind", kind, "adviceRequestedOn", "2026-03-02"));
    }

    private Job job(ProcessInstance pi) {
        return management.createJobQuery().processInstanceId(pi.getId()).activityId("Task_SendAdviceRequest").singleResult();
    }
}
