package org.ehcflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.ehcflow.EhcFlowIntegrationTest;
import org.ehcflow.TestCases;
import org.ehcflow.casefile.CaseRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Every row of docs/authorization.md, for every role, against the running service: the matrix is the contract. */
@EhcFlowIntegrationTest
class AuthorizationMatrixTest {

    private static final Path MATRIX = Path.of("docs/authorization.md");
    private static final Map<String, String> USERS = Map.of("officer", "officer1", "manager", "manager1",
            "designer", "designer1", "health", "health1", "school", "school1", "admin", "admin");

    record Check(String family, String method, String path, String body, String role, int status) {
        @Override
        public String toString() {
            return role + " " + method + " " + path;
        }
    }

    @Autowired TestRestTemplate http;
    @Autowired CaseRepository cases;
    @Autowired RuntimeService runtime;
    @Autowired RepositoryService repository;

    static String caseReference;

    @BeforeEach
    void aCaseWithItsAssessmentRunning() {
        if (caseReference == null) {
            caseReference = TestCases.register(cases, "officer1").reference();
            runtime.startProcessInstanceByKey("ehc-needs-assessment", caseReference, Map.of("requestReceived", "2026-11-02"));
        }
    }

    @Test
    void theMatrixCoversEveryRoleOfAtLeast120Requests() throws IOException {
        assertThat(checks()).hasSizeGreaterThanOrEqualTo(120)
                .extracting(Check::role).containsAll(List.of("anonymous", "officer", "manager", "designer", "health", "school", "admin"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checksAsArguments")
    void everyRoleGetsTheAnswerTheMatrixSays(Check check) {
        String deployment = repository.createProcessDefinitionQuery().processDefinitionKey("ehc-needs-assessment")
                .latestVersion().singleResult().getDeploymentId();
        String path = check.path().replace("{case}", caseReference).replace("{deployment}", deployment);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = check.body().isEmpty() ? null : check.body().replace("{case}", caseReference)
                .replace("{password}", String.valueOf(USERS.get(check.role())));
        TestRestTemplate client = "anonymous".equals(check.role()) ? http
                : http.withBasicAuth(USERS.get(check.role()), USERS.get(check.role()));

        ResponseEntity<String> answer = client.exchange(path, HttpMethod.valueOf(check.method()), new HttpEntity<>(body, headers),
                String.class);

        assertThat(answer.getStatusCode().value()).as(check.family() + ", " + check + ": " + answer.getBody())
                .isEqualTo(check.status());
    }

    static List<Check> checks() throws IOException {
        List<Check> checks = new ArrayList<>();
        List<String> roles = null;
        for (String line : Files.readAllLines(MATRIX)) {
            if (!line.startsWith("|") || line.startsWith("|---")) {
                continue;
            }
            String[] cells = Arrays.stream(line.substring(1, line.length() - 1).split("\\|", -1)).map(String::strip)
                    .toArray(String[]::new);
            if (roles == null) {
                roles = List.of(cells).subList(3, cells.length);
                continue;
            }
            String[] request = cells[1].split(" ", 2);
            for (int i = 0; i < roles.size(); i++) {
                String expected = cells[3 + i];
                if (!"-".equals(expected)) {
                    checks.add(new Check(cells[0], request[0], request[1], cells[2], roles.get(i), Integer.parseInt(expected)));
                }
            }
        }
        return checks;
    }

    static Stream<Arguments> checksAsArguments() throws IOException {
        return checks().stream().map(Arguments::of);
    }
}
