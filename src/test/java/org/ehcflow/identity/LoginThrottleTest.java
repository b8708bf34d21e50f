package org.ehcflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ehcflow.EhcFlowIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Nobody can lock another's account without its password: ten wrong passwords for admin from one address, spread over
 * ten minutes, pause that address only; admin still signs in from elsewhere, and Camunda holds no lock on the account.
 * (Addresses come as a reverse proxy gives them, in X-Forwarded-For.)
 */
@EhcFlowIntegrationTest
class LoginThrottleTest {

    private static final String ATTACKER = "203.0.113.7";
    private static final String ADMINS_DESK = "198.51.100.20";

    @Autowired TestRestTemplate http;
    @Autowired IdentityService identity;
    final ObjectMapper json = new ObjectMapper();

    /**
     * The wrong passwords were tried an hour ahead of the real clock, so Camunda's per-account delay on admin would
     * outlast the test by an hour of real time and refuse admin in every test after it: lift it.
     */
    @AfterEach
    void resetClockAndAdminsDelay() {
        ClockUtil.reset();
        identity.unlockUser("admin");
    }

    @Test
    void tenWrongPasswordsPauseTheAddressNotTheAccount() throws Exception {
        Instant start = Instant.now().plusSeconds(3600);
        for (int attempt = 0; attempt < 10; attempt++) {
            ClockUtil.setCurrentTime(Date.from(start.plusSeconds(61L * attempt)));   // past Camunda's per-account delay
            assertThat(get(ATTACKER, "admin", "guess" + attempt).getStatusCode().value()).isEqualTo(401);
        }

        ResponseEntity<String> paused = get(ATTACKER, "admin", "admin");
        assertThat(paused.getStatusCode().value()).as("the right password, from the attacker's address").isEqualTo(401);
        assertThat(json.readTree(paused.getBody()).get("detail").asText()).contains("Too many failed sign-ins", "Wait 15 minutes");
        assertThat(paused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("900");
        assertThat(webappLogin(ATTACKER, "admin", "admin").getStatusCode().value()).as("the webapps' login too").isEqualTo(401);

        ClockUtil.setCurrentTime(Date.from(start.plusSeconds(61L * 10)));
        assertThat(get(ADMINS_DESK, "admin", "admin").getStatusCode().value()).as("admin, from another address").isEqualTo(200);
        assertThat(identity.checkPassword("admin", "admin")).as("no lock on the account").isTrue();

        ClockUtil.setCurrentTime(Date.from(start.plusSeconds(61L * 10 + 16 * 60)));
        assertThat(get(ATTACKER, "admin", "admin").getStatusCode().value()).as("the pause expires").isEqualTo(200);
    }

    private ResponseEntity<String> get(String address, String user, String password) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Forwarded-For", address);
        return http.withBasicAuth(user, password).exchange("/api/timescales", HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private ResponseEntity<String> webappLogin(String address, String user, String password) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Forwarded-For", address);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return http.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
                new HttpEntity<>("username=" + user + "&password=" + password, headers), String.class);
    }
}
