package org.ehcflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.ehcflow.EhcFlowIntegrationTest;
import org.ehcflow.TestUsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Camunda's password policy holds for every password set, however it is set: 12 characters, not the user's own. */
@EhcFlowIntegrationTest
class PasswordPolicyTest {

    @Autowired TestRestTemplate http;
    @Autowired IdentityService identity;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            one character         | 1
            eleven characters     | abcdefghijk
            the user's own id     | {id}-is-long-enough
            a well-known password | password1234
            a demo login's        | officer1
            """)
    void aWeakPasswordIsRefusedAndTheOldOneStillWorks(String what, String password) {
        String user = TestUsers.create(identity, "pw", Groups.SCHOOLS, "Pat", "Word");

        ResponseEntity<String> changed = changeOwnPassword(user, password.replace("{id}", user));

        assertThat(changed.getStatusCode().value()).as(what + ": " + changed.getBody()).isEqualTo(400);
        assertThat(changed.getBody()).contains("\"field\":\"password\"", "at least 12 characters");
        assertThat(identity.checkPassword(user, TestUsers.PASSWORD)).isTrue();
    }

    @Test
    void aLongPasswordOfTheirOwnIsAccepted() {
        String user = TestUsers.create(identity, "pw", Groups.SCHOOLS, "Pat", "Word");
        assertThat(changeOwnPassword(user, "tea kettle violin harbour").getStatusCode().value()).isEqualTo(204);
        assertThat(identity.checkPassword(user, "tea kettle violin harbour")).isTrue();
    }

    @Test
    void anAdministratorCannotCreateAUserWithAWeakPasswordEither() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> created = http.withBasicAuth("admin", "admin").postForEntity("/engine-rest/user/create",
                new HttpEntity<>("{\"profile\": {\"id\": \"weakling\", \"firstName\": \"W\", \"lastName\": \"L\"},"
                        + " \"credentials\": {\"password\": \"1\"}}", headers), String.class);
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(400);
        assertThat(identity.createUserQuery().userId("weakling").count()).isZero();
    }

    private ResponseEntity<String> changeOwnPassword(String user, String password) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = "{\"password\": \"%s\", \"authenticatedUserPassword\": \"%s\"}".formatted(password, TestUsers.PASSWORD);
        return http.withBasicAuth(user, TestUsers.PASSWORD).exchange("/engine-rest/user/" + user + "/credentials",
                HttpMethod.PUT, new HttpEntity<>(body, headers), String.class);
    }
}
