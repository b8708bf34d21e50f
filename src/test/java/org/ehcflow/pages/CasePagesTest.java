package org.ehcflow.pages;

import static org.assertj.core.api.Assertions.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.ehcflow.CaseJobs;
import org.ehcflow.EhcFlowIntegrationTest;
import org.ehcflow.TestCases;
import org.ehcflow.WebappSignIn;
import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.casefile.CaseRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The product's pages for the SEND team: rendered whole, text as data, refused to others, never cached or framed. */
@EhcFlowIntegrationTest
class CasePagesTest {

    @LocalServerPort int port;
    @Autowired CaseRepository cases;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;

    @Test
    void theCasePageShowsTheWholeCaseWithItsTextAsTyped() {
        CaseRecord c = TestCases.register(cases, null, "<script>alert(1)</script>", "O'Brien {{x}} \u05e9\u05dc\u05d5\u05dd 🙂");
        runtime.startProcessInstanceByKey("ehc-needs-assessment", c.reference(), Map.of("requestReceived", "2026-11-02"));
        CaseJobs.runDue(runtime, management, c.reference());

        HttpResponse<String> page = WebappSignIn.as(port, "officer1").get("/cases/" + c.reference());

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "O&#39;Brien {{x}} \u05e9\u05dc\u05d5\u05dd 🙂",
                        "in the team&#39;s unassigned queue", "14 December 2026", "12 April 2018")
                .doesNotContain("<script>alert(1)");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("frame-ancestors 'none'", "script-src 'self'"));
        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        HttpResponse<String> search = WebappSignIn.as(port, "manager1").get("/cases?q=" + c.reference());
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body()).contains("1 case found", "/cases/" + c.reference());
    }

    @Test
    void othersAreRefusedOrSentToSignIn() throws Exception {
        assertThat(WebappSignIn.as(port, "health1").get("/cases").statusCode()).isEqualTo(403);
        assertThat(WebappSignIn.as(port, "designer1", "cockpit").get("/cases/EHC-0").statusCode()).isEqualTo(403);
        assertThat(WebappSignIn.as(port, "officer1").get("/cases/NO-SUCH-CASE").statusCode()).isEqualTo(404);
        assertThat(WebappSignIn.as(port, "officer1").get("/caseloads").statusCode()).isEqualTo(403);
        assertThat(WebappSignIn.as(port, "officer1").get("/cases?q=a&page=x").statusCode()).isEqualTo(400);
        HttpResponse<String> signedOut = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/cases")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/camunda/app/tasklist/"));
    }

    @Test
    void aMovePostedWithoutTheFormsTokenIsRefusedAndMovesNothing() {
        CaseRecord c = TestCases.register(cases, "officer2");
        HttpResponse<String> forged = WebappSignIn.as(port, "manager1").send("POST", "/caseloads/officer2/reassign",
                "application/x-www-form-urlencoded", "mode=to&to=officer3&reason=forged&cases=" + c.reference());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(cases.find(c.reference()).orElseThrow().caseOfficer()).isEqualTo("officer2");
    }
}
