package org.ehcflow.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.*;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ehcflow.TestChildren;
import org.ehcflow.system.ServiceProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

/**
 * The packaged jar with GOV.UK Notify as its channel (ehcflow.notifications.channel=notify, the key from the
 * environment), against a local double of Notify's API. Three requests registered: each parent's notice goes by
 * Notify as an email and a text message; a Notify that answers 500 once has the step retried by the job executor
 * and the notice goes once; a Notify that refuses the address makes the step an incident at once, with Notify's
 * words, and is not asked again.
 */
class NotifyChannelIT {

    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final String EMAIL_TEMPLATE = "0d1e2f30-4152-4637-8495-a6b7c8d9e0f1";
    private static final String SMS_TEMPLATE = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a";

    @TempDir Path work;
    final ObjectMapper json = new ObjectMapper();
    final WireMockServer notify = new WireMockServer(wireMockConfig().dynamicPort());

    @BeforeEach
    void notifyDouble() {
        notify.start();
        notify.stubFor(post("/v2/notifications/email").atPriority(5).willReturn(jsonResponse(
                NotifyChannelTest.emailAnswerJson(), 201)));
        notify.stubFor(post("/v2/notifications/sms").willReturn(jsonResponse(NotifyChannelTest.smsAnswerJson(), 201)));
        notify.stubFor(get(urlPathEqualTo("/v2/notifications")).willReturn(okJson("""
                {"notifications": [], "links": {"current": "https://api.notifications.service.gov.uk/v2/notifications"}}""")));
        notify.stubFor(post("/v2/notifications/email").atPriority(1).inScenario("busy")
                .withRequestBody(matchingJsonPath("$.email_address", equalTo("busy.parent@example.org")))
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("back")
                .willReturn(jsonResponse("""
                        {"errors": [{"error": "Exception", "message": "Internal server error"}], "status_code": 500}""", 500)));
        notify.stubFor(post("/v2/notifications/email").atPriority(1)
                .withRequestBody(matchingJsonPath("$.email_address", equalTo("refused.parent@example.org")))
                .willReturn(jsonResponse("""
                        {"errors": [{"error": "BadRequestError", "message": "Can't send to this recipient using a team-only API key"}],
                         "status_code": 400}""", 400)));
    }

    @AfterEach
    void stopDouble() {
        notify.stop();
    }

    @Test
    void noticesGoByNotifyRetriedOnceOnAServerErrorAndAnIncidentAtOnceWhenRefused() throws Exception {
        String key = "ehcflow_test-" + UUID.randomUUID() + "-" + UUID.randomUUID();
        try (ServiceProcess service = new ServiceProcess(work, List.of(
                "--ehcflow.models.root=" + Path.of("").toAbsolutePath(), "--ehcflow.data-dir=" + work.resolve("data"),
                "--ehcflow.notifications.channel=notify",
                "--ehcflow.notifications.notify.base-url=" + notify.baseUrl(),
                "--ehcflow.notifications.notify.email-template=" + EMAIL_TEMPLATE,
                "--ehcflow.notifications.notify.sms.enabled=true",
                "--ehcflow.notifications.notify.sms.template=" + SMS_TEMPLATE),
                Map.of("EHCFLOW_NOTIFY_API_KEY", key))) {
            service.start();
            String sent = register(service, "ok.parent@example.org");
            String busy = register(service, "busy.parent@example.org");
            String refused = register(service, "refused.parent@example.org");

            JsonNode toParent = awaitParentNotice(service, sent, "EMAIL", "SENT");
            assertThat(awaitParentNotice(service, sent, "SMS", "SENT").get("recipientAddress").asText()).isEqualTo("07700 900555");
            assertThat(toParent.get("attempts").asInt()).isOne();
            notify.verify(1, postRequestedFor(urlEqualTo("/v2/notifications/email"))
                    .withRequestBody(matchingJsonPath("$.email_address", equalTo("ok.parent@example.org")))
                    .withRequestBody(matchingJsonPath("$.template_id", equalTo(EMAIL_TEMPLATE))));

            JsonNode incident = awaitIncident(service, refused);
            assertThat(incident.get("incidentMessage").asText()).contains("Could not email PARENT for case " + refused,
                    "GOV.UK Notify answered 400: BadRequestError: Can't send to this recipient using a team-only API key");
            notify.verify(1, postRequestedFor(urlEqualTo("/v2/notifications/email"))
                    .withRequestBody(matchingJsonPath("$.email_address", equalTo("refused.parent@example.org"))));

            JsonNode retried = awaitParentNotice(service, busy, "EMAIL", "SENT");
            assertThat(retried.get("attempts").asInt()).as("failed once, then sent").isEqualTo(2);
            notify.verify(2, postRequestedFor(urlEqualTo("/v2/notifications/email"))
                    .withRequestBody(matchingJsonPath("$.email_address", equalTo("busy.parent@example.org"))));

            JsonNode health = json.readTree(service.send("GET", "/actuator/health", "admin", null, Map.of()).body());
            assertThat(health.at("/components/govukNotify/status").asText()).isEqualTo("UP");
            assertThat(service.log()).doesNotContain(key.substring(key.length() - 36));
        }
    }

    private String register(ServiceProcess service, String parentEmail) throws Exception {
        HttpResponse<String> created = service.send("POST", "/api/cases", "officer1", """
                {"child": {"givenName": "Noor", "familyName": "%s", "dateOfBirth": "2019-03-14"},
                 "requestReceived": "%s", "requester": "PARENT",
                 "parent": {"name": "Rania Haddad", "email": "%s", "phone": "07700 900555"}}"""
                .formatted(TestChildren.familyName("Haddad"), LocalDate.now(ZoneId.of("Europe/London")), parentEmail), Map.of());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("reference").asText();
    }

    private JsonNode awaitParentNotice(ServiceProcess service, String reference, String channel, String status) throws Exception {
        Instant limit = Instant.now().plus(WAIT);
        while (true) {
            Optional<JsonNode> notice = parentNotice(service, reference, channel);
            if (notice.isPresent() && notice.get().get("status").asText().equals(status)) {
                return notice.get();
            }
            assertThat(Instant.now()).as(reference + "'s " + channel + " to the parent " + status + ": " + notice)
                    .isBefore(limit);
            Thread.sleep(1000);
        }
    }

    private Optional<JsonNode> parentNotice(ServiceProcess service, String reference, String channel) throws Exception {
        for (JsonNode notice : json.readTree(service.send("GET", "/api/cases/" + reference + "/notifications",
                "manager1", null, Map.of()).body())) {
            if (notice.get("recipientRole").asText().equals("PARENT") && notice.get("channel").asText().equals(channel)) {
                return Optional.of(notice);
            }
        }
        return Optional.empty();
    }

    private JsonNode awaitIncident(ServiceProcess service, String reference) throws Exception {
        Instant limit = Instant.now().plus(WAIT);
        while (true) {
            for (JsonNode incident : json.readTree(service.send("GET", "/engine-rest/incident", "admin", null, Map.of()).body())) {
                if (incident.path("incidentMessage").asText().contains(reference)) {
                    return incident;
                }
            }
            if (Instant.now().isAfter(limit)) {
                fail("no incident for " + reference + "; its notices: "
                        + service.send("GET", "/api/cases/" + reference + "/notifications", "manager1", null, Map.of()).body()
                        + "; jobs that failed: " + service.send("GET", "/engine-rest/job?withException=true", "admin", null, Map.of()).body());
            }
            Thread.sleep(1000);
        }
    }
}
