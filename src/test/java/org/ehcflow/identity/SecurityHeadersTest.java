package org.ehcflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.ehcflow.EhcFlowIntegrationTest;
import org.ehcflow.TestCases;
import org.ehcflow.casefile.CaseRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** The API's answers carry the headers a page about children needs; a change a browser sends from another site is refused. */
@EhcFlowIntegrationTest
class SecurityHeadersTest {

    @LocalServerPort int port;
    @Autowired TestRestTemplate http;
    @Autowired CaseRepository cases;
    @Autowired RepositoryService repository;

    @Test
    void aCaseAnsweredByTheApiIsNeitherFramedSniffedCachedNorReferredOnwards() {
        ResponseEntity<String> answer = http.withBasicAuth("officer1", "officer1")
                .getForEntity("/api/cases/" + TestCases.register(cases, "officer1").reference(), String.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        HttpHeaders headers = answer.getHeaders();
        assertThat(headers.getFirst("Content-Security-Policy")).contains("default-src 'none'", "frame-ancestors 'none'");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(headers.getFirst("Cache-Control")).contains("no-store");
    }

    @Test
    void aDeploymentPostedByAPageOfAnotherSiteIsRefusedAndDeploysNothing() {
        long deployments = repository.createDeploymentQuery().count();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.set("Origin", "https://evil.example");
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", "from another site");
        parts.add("data", new ByteArrayResource("<definitions/>".getBytes()) {
            @Override
            public String getFilename() {
                return "bpmn/x.bpmn";
            }
        });

        ResponseEntity<String> answer = http.withBasicAuth("designer1", "designer1")
                .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, headers), String.class);

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(403);
        assertThat(answer.getBody()).contains("another site");
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            another site's page             | Origin         | https://evil.example     | 403
            a browser saying cross-site     | Sec-Fetch-Site | cross-site               | 403
            EHC Flow's own page             | Origin         | http://localhost:{port}  | 400
            a client that is not a browser  | X-Client       | curl                     | 400
            """)
    void aChangeIsLookedAtOnlyWhenNoBrowserSaysItComesFromAnotherSite(String who, String header, String value, int status) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set(header, value.replace("{port}", String.valueOf(port)));
        ResponseEntity<String> answer = http.withBasicAuth("officer1", "officer1").exchange("/api/cases", HttpMethod.POST,
                new HttpEntity<>("{}", headers), String.class);
        assertThat(answer.getStatusCode().value()).as(who + ": " + answer.getBody()).isEqualTo(status);
    }
}
