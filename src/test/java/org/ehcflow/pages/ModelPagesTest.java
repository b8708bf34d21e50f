package org.ehcflow.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.ehcflow.EhcFlowIntegrationTest;
import org.ehcflow.WebappSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The designers' pages: for designers and administrators, behind the webapps' sign-in; moves only by an administrator. */
@EhcFlowIntegrationTest
class ModelPagesTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    @Test
    void designersAndAdministratorsReadTheJourneysAndTheirReports() {
        HttpResponse<String> models = WebappSignIn.as(port, "designer1", "cockpit").get("/models");
        assertThat(models.statusCode()).as(models.body()).isEqualTo(200);
        assertThat(models.body()).contains("EHC needs assessment", "annual-review", "Latest deployments");
        assertThat(models.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(models.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        HttpResponse<String> report = WebappSignIn.as(port, "admin", "cockpit").get("/models/annual-review");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains("Moving running cases: annual-review", "The newest version is");
        assertThat(WebappSignIn.as(port, "designer1", "cockpit").get("/models/no-such-journey").statusCode()).isEqualTo(404);
    }

    @Test
    void othersAreRefusedOrSentToSignIn() throws Exception {
        assertThat(WebappSignIn.as(port, "officer1").get("/models").statusCode()).isEqualTo(403);
        assertThat(WebappSignIn.as(port, "manager1").get("/models/annual-review").statusCode()).isEqualTo(403);
        HttpResponse<String> signedOut = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/models")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedOut.statusCode()).isEqualTo(302);
    }

    @Test
    void aMoveIsAnAdministratorsAndNeverWithoutTheFormsToken() {
        long before = jdbc.sql("select count(*) from model_migration").query(Long.class).single();
        assertThat(WebappSignIn.as(port, "admin", "cockpit").send("POST", "/models/annual-review/migration",
                "application/x-www-form-urlencoded", "").statusCode()).as("no CSRF token").isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from model_migration").query(Long.class).single()).isEqualTo(before);
    }
}
