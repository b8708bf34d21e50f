package org.ehcflow.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.*;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ehcflow.EhcFlowIntegrationTest;
import org.ehcflow.TestCases;
import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.casefile.CaseRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * GOV.UK Notify as the channel, against a local double of its API (WireMock) that records what Notify's own client
 * sends: the council's template for each kind of notice, the parent's address and mobile number, the notice's words
 * as personalisation, a reference per notice. A server error is tried again and the notice goes once; a notice
 * Notify accepted before the try was cut short is found by its reference, not sent again; a refusal is for good,
 * with Notify's words.
 */
@EhcFlowIntegrationTest
class NotifyChannelTest {

    static final String EMAIL_TEMPLATE = "0d1e2f30-4152-4637-8495-a6b7c8d9e0f1";
    static final String WAIVED_TEMPLATE = "1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d";
    static final String SMS_TEMPLATE = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a";
    static final String API_KEY = "ehcflow_test-" + UUID.randomUUID() + "-" + UUID.randomUUID();

    @RegisterExtension
    static WireMockExtension notify = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Autowired CaseRepository cases;
    @Autowired NotificationRepository repository;
    @Autowired RecipientDirectory recipients;
    @Autowired NotificationTemplates templates;
    @Autowired NotificationLedger ledger;
    @Autowired NotificationCounters counters;
    @Autowired JdbcClient jdbc;
    final ObjectMapper json = new ObjectMapper();

    NotificationService notices;
    CaseRecord c;

    @BeforeEach
    void notifyIsTheChannel() {
        NotifySender sender = new NotifySender(settings(API_KEY, EMAIL_TEMPLATE, Map.of("advice-waived", WAIVED_TEMPLATE)));
        NotificationProperties properties = new NotificationProperties(NotificationProperties.Service.NOTIFY,
                "unused@ehcflow.invalid", new NotificationProperties.MediationAdviser(null, null, null));
        notices = new NotificationService(cases, repository, recipients, templates,
                new NoticeSenders(properties, TestProviders.absent(), TestProviders.of(sender)), properties, ledger, counters);
        c = TestCases.register(cases, "officer1", "Zoë {{name}} ${x}", "O'Brien «עברית» 😀");
        notify.stubFor(post("/v2/notifications/email").willReturn(created(emailAnswerJson())));
        notify.stubFor(post("/v2/notifications/sms").willReturn(created(smsAnswerJson())));
        notify.stubFor(get(urlPathEqualTo("/v2/notifications")).willReturn(okJson(list())));
    }

    @Test
    void eachNoticeGoesAsItsKindsTemplateToTheParentsEmailAndMobileWithItsWordsAsData() throws Exception {
        List<Notification> sent = notices.send(c.reference(), RecipientRole.PARENT, "advice-waived",
                Map.of("adviceWords", "medical"), "job:notify-words");
        notices.send(c.reference(), RecipientRole.PARENT, "plan-kept", Map.of(), "job:notify-default");

        assertThat(sent).extracting(Notification::channel).containsExactly(Notification.Channel.EMAIL, Notification.Channel.SMS);
        assertThat(sent).allSatisfy(n -> assertThat(n.status()).isEqualTo(Notification.Status.SENT));
        List<LoggedRequest> emails = notify.findAll(postRequestedFor(urlEqualTo("/v2/notifications/email")));
        assertThat(emails).hasSize(2);
        JsonNode email = json.readTree(emails.get(0).getBodyAsString());
        assertThat(email.get("template_id").asText()).as("the council's template for this kind").isEqualTo(WAIVED_TEMPLATE);
        assertThat(email.get("email_address").asText()).isEqualTo("grace.test@example.org");
        assertThat(email.get("reference").asText()).isEqualTo(NotifySender.reference(sent.get(0)));
        assertThat(email.at("/personalisation/subject").asText()).isEqualTo(sent.get(0).subject());
        assertThat(email.at("/personalisation/body").asText()).isEqualTo(sent.get(0).body())
                .contains("Zoë {{name}} ${x} O'Brien «עברית» 😀");
        assertThat(email.at("/personalisation/caseReference").asText()).isEqualTo(c.reference());
        assertThat(emails.get(0).getHeader("Authorization")).as("a token signed with the key's secret").startsWith("Bearer ");
        assertThat(json.readTree(emails.get(1).getBodyAsString()).get("template_id").asText())
                .as("a kind without a template of its own").isEqualTo(EMAIL_TEMPLATE);
        JsonNode text = json.readTree(notify.findAll(postRequestedFor(urlEqualTo("/v2/notifications/sms"))).get(0).getBodyAsString());
        assertThat(text.get("template_id").asText()).isEqualTo(SMS_TEMPLATE);
        assertThat(text.get("phone_number").asText()).isEqualTo("07700 900123");
        assertThat(text.get("reference").asText()).isEqualTo(NotifySender.reference(sent.get(1)));
        assertThat(providerId(sent.get(0))).as("Notify's id, to follow delivery in Notify").isEqualTo(EMAIL_ID);
        assertThat(providerId(sent.get(1))).isEqualTo(SMS_ID);
    }

    @Test
    void aServerErrorIsTriedAgainAndTheNoticeGoesOnce() {
        notify.stubFor(post("/v2/notifications/email").inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(jsonResponse("""
                        {"errors": [{"error": "Exception", "message": "Internal server error"}], "status_code": 500}""", 500))
                .willSetStateTo("back"));
        notify.stubFor(post("/v2/notifications/email").inScenario("busy").whenScenarioStateIs("back")
                .willReturn(created(emailAnswerJson())));

        assertThatThrownBy(() -> sendToTheSchool("job:busy")).isInstanceOf(NotificationFailedException.class)
                .isNotInstanceOf(NotificationRefusedException.class)
                .hasMessageContaining("GOV.UK Notify answered 500: Exception: Internal server error");
        assertThat(only().status()).isEqualTo(Notification.Status.FAILED);

        sendToTheSchool("job:busy");
        sendToTheSchool("job:busy");

        assertThat(only().status()).isEqualTo(Notification.Status.SENT);
        assertThat(only().attempts()).isEqualTo(2);
        notify.verify(2, postRequestedFor(urlEqualTo("/v2/notifications/email")));
        notify.verify(1, getRequestedFor(urlPathEqualTo("/v2/notifications"))
                .withQueryParam("reference", equalTo(NotifySender.reference(only()))));
    }

    @Test
    void aNoticeNotifyAcceptedBeforeTheTryWasCutShortIsNotSentAgain() {
        notify.stubFor(post("/v2/notifications/email").willReturn(created(emailAnswerJson()).withFixedDelay(3_000)));

        assertThatThrownBy(() -> sendToTheSchool("job:slow")).isInstanceOf(NotificationFailedException.class)
                .hasMessageContaining("GOV.UK Notify could not be reached");
        notify.stubFor(get(urlPathEqualTo("/v2/notifications"))
                .withQueryParam("reference", equalTo(NotifySender.reference(only())))
                .willReturn(okJson(list(accepted(NotifySender.reference(only()))))));
        sendToTheSchool("job:slow");

        assertThat(only().status()).isEqualTo(Notification.Status.SENT);
        assertThat(providerId(only())).isEqualTo(ACCEPTED_ID);
        notify.verify(1, postRequestedFor(urlEqualTo("/v2/notifications/email")));
    }

    @Test
    void aRefusalIsForGoodAndCarriesNotifysWords() {
        notify.stubFor(post("/v2/notifications/email").willReturn(jsonResponse("""
                {"errors": [{"error": "BadRequestError", "message": "Can't send to this recipient using a team-only API key"}],
                 "status_code": 400}""", 400)));

        assertThatThrownBy(() -> sendToTheSchool("job:refused")).isInstanceOf(NotificationRefusedException.class)
                .hasMessageContaining("Could not email SCHOOL for case " + c.reference())
                .hasMessageContaining("GOV.UK Notify answered 400: BadRequestError: Can't send to this recipient using a team-only API key");
        assertThat(only().status()).isEqualTo(Notification.Status.FAILED);
        assertThat(only().lastError()).contains("team-only API key");
    }

    @Test
    void healthIsUpWhileNotifyAnswersWithTheKeyAndDownWhenItRefusesIt() {
        NotifyHealth health = new NotifyHealth(new NotifySender(settings(API_KEY, EMAIL_TEMPLATE, Map.of())));
        assertThat(health.health().getStatus().getCode()).isEqualTo("UP");

        notify.stubFor(get(urlPathEqualTo("/v2/notifications")).willReturn(jsonResponse("""
                {"errors": [{"error": "AuthError", "message": "Invalid token: API key not found"}], "status_code": 403}""", 403)));

        assertThat(health.health()).satisfies(down -> {
            assertThat(down.getStatus().getCode()).isEqualTo("DOWN");
            assertThat(down.getDetails()).containsEntry("status", 403);
        });
    }

    @Test
    void settingsThatCannotWorkStopTheStartNamingEachAndNeverTheKey() {
        String key = "not-a-key-" + UUID.randomUUID();
        assertThatThrownBy(() -> new NotifySender(settings(key, "template", Map.of("no-such-notice", EMAIL_TEMPLATE,
                "final-plan", "x"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ehcflow.notifications.notify.api-key")
                .hasMessageContaining("ehcflow.notifications.notify.email-template")
                .hasMessageContaining("ehcflow.notifications.notify.templates.no-such-notice names no kind of notice")
                .hasMessageContaining("ehcflow.notifications.notify.templates.final-plan must be")
                .hasMessageContaining("ehcflow.notifications.notify.sms.template")
                .hasMessageNotContaining(key);
    }

    // --- helpers

    private NotifyProperties settings(String apiKey, String emailTemplate, Map<String, String> perKind) {
        return new NotifyProperties(apiKey, notify.baseUrl(), emailTemplate, perKind, null,
                new NotifyProperties.Sms(true, "template".equals(emailTemplate) ? null : SMS_TEMPLATE),
                Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    private void sendToTheSchool(String key) {
        notices.send(c.reference(), RecipientRole.SCHOOL, "plan-kept", Map.of(), key);
    }

    private Notification only() {
        return repository.forCase(c.reference()).stream().filter(n -> n.recipientRole() == RecipientRole.SCHOOL)
                .reduce((a, b) -> {
                    throw new AssertionError("more than one notice to the school");
                }).orElseThrow();
    }

    private String providerId(Notification notice) {
        return jdbc.sql("select provider_id from notification where id = :id").param("id", notice.id())
                .query(String.class).single();
    }

    static final String EMAIL_ID = "740e5834-3a29-46b4-9a6f-16142fde533a";
    static final String SMS_ID = "c4d9d0b4-6a0e-4c38-9e21-1f3a5b7d9e11";
    static final String ACCEPTED_ID = "2b8f8f57-1f6d-4f0a-a3f0-7c1c3e5d9a20";

    static String emailAnswerJson() {
        return """
                {"id": "%s", "reference": "r",
                 "content": {"subject": "s", "body": "b", "from_email": "send-team@council.example.gov.uk"},
                 "uri": "https://api.notifications.service.gov.uk/v2/notifications/%1$s",
                 "template": {"id": "%s", "version": 1, "uri": "https://api.notifications.service.gov.uk/v2/template/%2$s"}}"""
                .formatted(EMAIL_ID, EMAIL_TEMPLATE);
    }

    static String smsAnswerJson() {
        return """
                {"id": "%s", "reference": "r", "content": {"body": "b", "from_number": "COUNCIL"},
                 "uri": "https://api.notifications.service.gov.uk/v2/notifications/%1$s",
                 "template": {"id": "%s", "version": 1, "uri": "https://api.notifications.service.gov.uk/v2/template/%2$s"}}"""
                .formatted(SMS_ID, SMS_TEMPLATE);
    }

    private static String accepted(String reference) {
        return """
                {"id": "%s", "reference": "%s", "email_address": "senco@oakfield.example.org", "type": "email",
                 "status": "sending", "template": {"id": "%s", "version": 1, "uri": "https://example.org/t"},
                 "body": "b", "subject": "s", "created_at": "2026-12-02T10:00:00.000000Z"}"""
                .formatted(ACCEPTED_ID, reference, EMAIL_TEMPLATE);
    }

    private static String list(String... notifications) {
        return """
                {"notifications": [%s], "links": {"current": "https://api.notifications.service.gov.uk/v2/notifications"}}"""
                .formatted(String.join(",", notifications));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder created(String body) {
        return jsonResponse(body, 201);
    }
}
