package org.ehcflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ehcflow.ApiAnswers.assertRefusedNaming;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import javax.xml.parsers.DocumentBuilderFactory;

import org.ehcflow.EhcFlowIntegrationTest;
import org.ehcflow.TestCases;
import org.ehcflow.casefile.CaseRecord;
import org.ehcflow.casefile.CaseRepository;
import org.ehcflow.casefile.Sen2Details;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The reports through the API as a manager calls them: the figures, the cases behind one, bad input refused naming
 * the parameter, the SEN2 return as the DfE's XML and as CSV, and the SEN2 details of a case read and corrected.
 */
@EhcFlowIntegrationTest
class ReportsApiTest {

    @Autowired TestRestTemplate http;
    @Autowired CaseRepository cases;
    @Autowired JdbcClient jdbc;
    final ObjectMapper json = new ObjectMapper();

    @Test
    void aManagerReadsTheFiguresAndTheCasesBehindANumberWhichAreReadsInTheirAccessLogs() throws Exception {
        CaseRecord c = planIssued("2026-05-05");
        ResponseEntity<String> figures = get("manager1", "/api/reports/timeliness?from=01/01/2026&to=31/12/2026&by=quarter");
        assertThat(figures.getStatusCode()).as(figures.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode twentyWeeks = measure(json.readTree(figures.getBody()), "FINAL_PLAN_20_WEEKS");
        assertThat(twentyWeeks.get("parts")).hasSize(4);
        assertThat(twentyWeeks.get("outcomes").get("on_time").asLong()).isPositive();
        assertThat(json.readTree(figures.getBody()).get("benchmarks").get(0).get("percent").decimalValue()).isEqualByComparingTo("46.4");

        ResponseEntity<String> behind = get("manager1",
                "/api/reports/timeliness?from=2026-05-01&to=2026-05-31&measure=FINAL_PLAN_20_WEEKS&outcome=on_time&size=1000");
        assertThat(behind.getStatusCode()).as(behind.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(behind.getBody()).contains(c.reference(), "Zoë \\\"Bee\\\" <b>&</b>");
        ResponseEntity<String> anyMeasure = get("manager1",
                "/api/reports/cases?from=2026-05-01&to=2026-05-31&measure=FINAL_PLAN_20_WEEKS&outcome=on_time&size=1000");
        assertThat(anyMeasure.getStatusCode()).as(anyMeasure.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(anyMeasure.getBody()).contains(c.reference());
        JsonNode access = json.readTree(get("manager1", "/api/cases/" + c.reference() + "/access-log").getBody());
        assertThat(access.toString()).contains("(in a report)", "manager1");

        assertThat(get("officer1", "/api/reports/timeliness").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("officer1", "/api/reports/sen2?year=2027").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("manager1", "/api/reports/workload").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("manager1", "/api/reports/partners?by=year").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/reports/timeliness?from=31/02/2026 | from",
            "/api/reports/timeliness?from=2026-13-01 | from",
            "/api/reports/timeliness?to=1900-01-01 | to",
            "/api/reports/timeliness?from=2026-06-01&to=2026-05-01 | to",
            "/api/reports/timeliness?by=week | by",
            "/api/reports/timeliness?from=2014-09-01&to=2100-12-31&by=month | by",
            "/api/reports/timeliness?measure=NO_SUCH_MEASURE | measure",
            "/api/reports/cases?measure=NO_SUCH_MEASURE | measure",
            "/api/reports/partners?from=31/02/2026 | from",
            "/api/reports/timeliness?measure=FINAL_PLAN_20_WEEKS&outcome=soon | outcome",
            "/api/reports/timeliness?measure=FINAL_PLAN_20_WEEKS&size=0 | size",
            "/api/reports/timeliness?measure=FINAL_PLAN_20_WEEKS&page=-1 | page",
            "/api/reports/sen2 | year",
            "/api/reports/sen2?year=2019 | year",
            "/api/reports/sen2?year=2027&format=pdf | format",
            "/api/reports/sen2/check?year=99999 | year"})
    void badInputIsRefusedNamingTheParameter(String path, String field) throws Exception {
        assertRefusedNaming(get("manager1", path), field);
    }

    @Test
    void theSen2ReturnIsTheDfEsXmlWithItsHeaderAndEachChildAsAPerson() throws Exception {
        CaseRecord c = planIssued("2026-05-05");
        ResponseEntity<String> xml = get("manager1", "/api/reports/sen2?year=2027");
        assertThat(xml.getStatusCode()).as(xml.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(xml.getHeaders().getContentType().toString()).startsWith("application/xml");
        assertThat(xml.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("SEN2-2027.xml");
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBody().getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("Message");
        assertThat(text(document, "Collection")).isEqualTo("SEN2");
        assertThat(text(document, "Year")).isEqualTo("2027");
        assertThat(text(document, "ReferenceDate")).isEqualTo("2027-01-21");
        assertThat(xml.getBody()).contains("<Forename>Zoë \"Bee\" &lt;b&gt;&amp;&lt;/b&gt;</Forename>");

        ResponseEntity<String> csv = get("manager1", "/api/reports/sen2?year=2027&format=csv");
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getBody().lines().findFirst().orElseThrow()).startsWith("CaseReference,Surname,Forename,PersonBirthDate,Sex");
        assertThat(csv.getBody()).contains(c.reference());

        JsonNode check = json.readTree(get("manager1", "/api/reports/sen2/check?year=2027").getBody());
        assertThat(check.get("referenceDate").asText()).isEqualTo("2027-01-21");
        assertThat(check.get("problems").toString()).contains(c.reference(), "Ethnicity");
    }

    @Test
    void anOfficerCompletesTheSen2DetailsAndANonCodeIsRefusedChangingNothing() throws Exception {
        CaseRecord c = TestCases.register(cases, "officer1");
        ResponseEntity<String> saved = put("officer1", "/api/cases/" + c.reference() + "/sen2",
                "{\"sex\": \"f\", \"ethnicity\": \"mwbc\", \"postcode\": \"b11bb\", \"primaryNeed\": \"SEMH\","
                        + " \"requestSource\": \"HEALTH\", \"upnUnknown\": \"UN2\"}");
        assertThat(saved.getStatusCode()).as(saved.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(cases.sen2Details(c.reference())).isEqualTo(new Sen2Details("F", "MWBC", "B1 1BB", null, "UN2", "SEMH",
                null, null, Sen2Details.RequestSource.HEALTH));

        assertRefusedNaming(put("officer1", "/api/cases/" + c.reference() + "/sen2", "{\"ethnicity\": \"British\"}"), "ethnicity");
        assertRefusedNaming(put("officer1", "/api/cases/" + c.reference() + "/sen2", "{\"postcode\": \"12345\"}"), "postcode");
        assertRefusedNaming(put("officer1", "/api/cases/" + c.reference() + "/sen2", "{\"settingType\": \"{{x}}\"}"), "settingType");
        assertThat(cases.sen2Details(c.reference()).ethnicity()).as("nothing changed").isEqualTo("MWBC");
        assertThat(put("officer1", "/api/cases/NO-SUCH-CASE/sen2", "{}").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aRequestCarriesItsSen2DetailsOrIsRefusedNamingTheOneThatIsNotACode() throws Exception {
        String body = """
                {"child": {"givenName": "Sana", "familyName": "Report%s", "dateOfBirth": "2019-03-01"},
                 "requestReceived": "2026-11-02", "requester": "SCHOOL",
                 "parent": {"name": "Amal Report"}, "sen2": {"sex": "%s", "ethnicity": "APKN", "primaryNeed": "SLCN"}}""";
        String unique = Long.toString(System.nanoTime());
        ResponseEntity<String> refused = post("officer1", "/api/cases", body.formatted(unique, "X"));
        assertRefusedNaming(refused, "sen2.sex");
        assertThat(jdbc.sql("select count(*) from ehc_case where child_family_name = :n").param("n", "Report" + unique)
                .query(Long.class).single()).as("nothing registered").isZero();

        ResponseEntity<String> created = post("officer1", "/api/cases", body.formatted(unique, "M"));
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        String reference = json.readTree(created.getBody()).get("reference").asText();
        assertThat(cases.sen2Details(reference)).isEqualTo(new Sen2Details("M", "APKN", null, null, null, "SLCN", null, null,
                Sen2Details.RequestSource.EDUCATION_SETTING));
    }

    /** A case whose plan was issued on {@code issued}, 120 days after its request: within 20 weeks. */
    private CaseRecord planIssued(String issued) {
        CaseRecord c = TestCases.register(cases, "officer1", "Zoë \"Bee\" <b>&</b>", "O'Brien {{x}} مريم 🙂");
        LocalDate issue = LocalDate.parse(issued);
        TestCases.planIssued(jdbc, c.reference(), issue.minusDays(120), issue);
        return c;
    }

    private static JsonNode measure(JsonNode report, String name) {
        for (JsonNode m : report.get("measures")) {
            if (name.equals(m.get("measure").asText())) {
                return m;
            }
        }
        throw new AssertionError("no " + name);
    }

    private static String text(Document document, String tag) {
        return document.getElementsByTagName(tag).item(0).getTextContent();
    }

    private ResponseEntity<String> get(String user, String path) {
        return http.withBasicAuth(user, user).getForEntity(path, String.class);
    }

    private ResponseEntity<String> put(String user, String path, String body) {
        return send(user, HttpMethod.PUT, path, body);
    }

    private ResponseEntity<String> post(String user, String path, String body) {
        return send(user, HttpMethod.POST, path, body);
    }

    private ResponseEntity<String> send(String user, HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, user).exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }
}
