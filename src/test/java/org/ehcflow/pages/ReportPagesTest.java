package org.ehcflow.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.ehcflow.EhcFlowIntegrationTest;
import org.ehcflow.TestCases;
import org.ehcflow.WebappSignIn;
import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.casefile.CaseRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The /reports pages: for managers only, bad dates answered on the page, and names in a download never run as formulas. */
@EhcFlowIntegrationTest
class ReportPagesTest {

    @LocalServerPort int port;
    @Autowired CaseRepository cases;
    @Autowired JdbcClient jdbc;

    @Test
    void onlyManagersSeeTheReportsAndTheSignedOutAreSentToSignIn() throws Exception {
        assertThat(WebappSignIn.as(port, "officer1").get("/reports").statusCode()).isEqualTo(403);
        assertThat(WebappSignIn.as(port, "officer1").get("/reports/tables/twenty-weeks.csv").statusCode()).isEqualTo(403);
        assertThat(WebappSignIn.as(port, "officer1").get("/reports/cases?measure=FINAL_PLAN_20_WEEKS").statusCode()).isEqualTo(403);
        assertThat(WebappSignIn.as(port, "designer1", "cockpit").get("/reports").statusCode()).isEqualTo(403);
        HttpResponse<String> signedOut = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/reports")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedOut.statusCode()).isEqualTo(302);
        HttpResponse<String> page = WebappSignIn.as(port, "manager1").get("/reports");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Figures for 1 January 2026 to 31 December 2026", "England, 2024: 46.4%");
    }

    @Test
    void aDateThatDoesNotExistIsAnsweredOnThePageNamingTheField() {
        HttpResponse<String> page = WebappSignIn.as(port, "manager1").get("/reports?from=31/02/2026");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("There is a problem", "href=\"#from\"", "write it as dd/mm/yyyy");
        assertThat(WebappSignIn.as(port, "manager1").get("/reports/cases?measure=NO_SUCH").statusCode()).isEqualTo(400);
        assertThat(WebappSignIn.as(port, "manager1").get("/reports/tables/no-such-table.csv").statusCode()).isEqualTo(404);
        assertThat(WebappSignIn.as(port, "manager1").get("/reports/tables/twenty-weeks.csv?to=1800-01-01").statusCode())
                .isEqualTo(400);
    }

    @Test
    void aNameThatLooksLikeAFormulaIsDataInTheDownloads() {
        CaseRecord c = TestCases.register(cases, "officer1", "=HYPERLINK(\"http://x\",\"y\")", "+Formula, \"quoted\"");
        LocalDate issued = LocalDate.of(2026, 3, 3);
        TestCases.planIssued(jdbc, c.reference(), issued.minusDays(150), issued);

        HttpResponse<String> csv = WebappSignIn.as(port, "manager1")
                .get("/reports/cases.csv?measure=FINAL_PLAN_20_WEEKS&outcome=late&from=2026-03-03&to=2026-03-03");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.body()).contains(c.reference() + ",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\") +Formula, \"\"quoted\"\"\",officer1");

        HttpResponse<String> page = WebappSignIn.as(port, "manager1")
                .get("/reports/cases?measure=FINAL_PLAN_20_WEEKS&outcome=late&from=03/03/2026&to=03/03/2026");
        assertThat(page.body()).contains("=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;) +Formula, &quot;quoted&quot;");
    }
}
