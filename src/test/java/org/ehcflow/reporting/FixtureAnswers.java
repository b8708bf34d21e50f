package org.ehcflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.ehcflow.casefile.CaseRepository;
import org.ehcflow.casefile.Sen2Details;
import org.ehcflow.reporting.sen2.Sen2Check;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.ehcflow.reporting.sen2.Sen2Return;

/**
 * The answers to {@link ReportFixture}, counted by hand from its dates (the comments say which cases make each
 * number), asserted against the reports on whichever database the fixture was written to.
 */
final class FixtureAnswers {

    private final Reports reports;
    private final ReportPeriod year2026;

    FixtureAnswers(Reports reports) {
        this.reports = reports;
        this.year2026 = reports.period("01/01/2026", "31/12/2026", "month");
    }

    void requests() {
        // received in 2026: 14 plan cases (P02-P14, P19), N01-N04, W01, A01-A03, U01-U02, NP01-NP02
        assertFigure(Measure.REQUESTS_RECEIVED, 26, counts("assess", 19, "not_assess", 4, "withdrawn", 1,
                "awaiting_decision", 2), null);
        // decided in 2026 (N04 was decided in 2027): 15 plans, A01-A03, NP01-NP02 assessed; N01-N03 refused
        assertFigure(Measure.REQUEST_DECISIONS, 23, counts("assess", 20, "not_assess", 3), null);
        // late: P13 (day 43), N02 (day 49), A02 (day 49); N01, P14 and A03 on day 42 are in time
        assertFigure(Measure.REQUEST_DECISIONS_6_WEEKS, 23, counts("on_time", 20, "late", 3), "87.0");
        assertCases(Measure.REQUEST_DECISIONS_6_WEEKS, "late", List.of("P13", "N02", "A02"));
    }

    void plans() {
        // 20 plans issued in 2026; 12 in time (P01 on day 140 exactly), 8 late (P13 on day 141), 3 of them exceptions
        assertFigure(Measure.FINAL_PLAN_20_WEEKS, 20, counts("on_time", 12, "late", 8), "60.0");
        assertFigure(Measure.FINAL_PLAN_20_WEEKS_EXCLUDING_EXCEPTIONS, 17, counts("on_time", 12, "late", 5), "70.6");
        assertCases(Measure.FINAL_PLAN_20_WEEKS, "late", List.of("P20", "P17", "P18", "P13", "P15", "P16", "P19", "P14"));
        // P15 on day 364 is under 52 weeks; P16 on day 365 is over
        assertFigure(Measure.FINAL_PLAN_TIME_TAKEN, 20, counts("within_20_weeks", 12, "20_to_52_weeks", 5,
                "over_52_weeks", 3), "60.0");
        assertCases(Measure.FINAL_PLAN_TIME_TAKEN, "over_52_weeks", List.of("P20", "P17", "P16"));
        // NP01 on day 112 is in time; NP02 on day 140 is not
        assertFigure(Measure.NO_PLAN_DECISIONS_16_WEEKS, 2, counts("on_time", 1, "late", 1), "50.0");

        Figures.Figure twentyWeeks = reports.figure(Measure.FINAL_PLAN_20_WEEKS, year2026);
        assertThat(twentyWeeks.parts()).hasSize(12);
        // May: P02, P03 in time; P13 and P18 (an exception) late. June: P04, P05, P06 in time; P15, P16 late.
        assertPart(twentyWeeks, "2026-05", 4, counts("on_time", 2, "late", 2), "50.0");
        assertPart(twentyWeeks, "2026-06", 5, counts("on_time", 3, "late", 2), "60.0");
        assertPart(twentyWeeks, "2026-01", 0, counts("on_time", 0, "late", 0), null);
        assertPart(reports.figure(Measure.FINAL_PLAN_20_WEEKS_EXCLUDING_EXCEPTIONS, year2026), "2026-05", 3,
                counts("on_time", 2, "late", 1), "66.7");
        Figures.Figure byQuarter = reports.figure(Measure.FINAL_PLAN_20_WEEKS,
                reports.period("2026-01-01", "2026-12-31", "quarter"));
        // Q1: P20 (16 February) and P17 (2 March), both late
        assertPart(byQuarter, "2026-Q1", 2, counts("on_time", 0, "late", 2), "0.0");
        assertThat(byQuarter.parts()).extracting(Figures.PartFigure::total).containsExactly(2L, 10L, 8L, 0L);
    }

    void reviews() {
        // due in 2026: I02, I03, I01 held in time; I04 late; I05 and I03's second review still not held; I02's cancelled
        assertFigure(Measure.REVIEWS_DUE, 6, counts("on_time", 3, "late", 1, "overdue", 2, "open", 0), "50.0");
        // meetings in 2026: I02, I04, P01 decided within 4 weeks (I02 on day 28); I03 on day 35; I05 undecided after
        // 4 weeks; I06 (28 December) still within them
        assertFigure(Measure.REVIEW_DECISIONS_4_WEEKS, 6, counts("on_time", 3, "late", 1, "overdue", 1, "awaiting", 1), "60.0");
        // amended: I03 final on day 84; I04 on day 91; P01 still within its 12 weeks
        assertFigure(Measure.AMENDED_PLANS_12_WEEKS, 3, counts("on_time", 1, "late", 1, "overdue", 0, "awaiting", 1), "50.0");
        assertFigure(Measure.PHASE_TRANSFERS, 3, counts("on_time", 1, "late", 1, "overdue", 1, "open", 0), "33.3");
    }

    void tribunal() {
        assertFigure(Measure.APPEALS_REGISTERED, 6, counts("pending", 2, "conceded", 1, "decided", 2, "withdrawn", 1), null);
        assertFigure(Measure.TRIBUNAL_RESPONSES, 5, counts("on_time", 3, "late", 1, "overdue", 1, "open", 0), "60.0");
        // I06's appeal was registered in 2025 and ordered in February 2026
        assertFigure(Measure.APPEAL_OUTCOMES, 5, counts("dismissed", 1, "conceded", 1, "ordered", 2, "withdrawn", 1), null);
        assertFigure(Measure.ORDERS_CARRIED_OUT, 3, counts("on_time", 2, "late", 1, "overdue", 0, "open", 0), "66.7");
        assertCases(Measure.APPEALS_REGISTERED, "pending", List.of("I02", "I05"));
    }

    void complaints() {
        assertFigure(Measure.QUERIES_ANSWERED, 2, counts("on_time", 1, "late", 1, "overdue", 0, "open", 0), "50.0");
        assertFigure(Measure.COMPLAINTS_ACKNOWLEDGED, 1, counts("on_time", 1, "late", 0, "overdue", 0, "open", 0), "100.0");
        // I05's stage 1 response is due in 2027
        assertFigure(Measure.COMPLAINTS_ANSWERED, 2, counts("on_time", 1, "late", 0, "overdue", 1, "open", 0), "50.0");
    }

    void partners() {
        Map<PartnerAdvice.Partner, PartnerAdvice.PartnerFigure> partners = reports.partners(year2026).partners().stream()
                .collect(Collectors.toMap(PartnerAdvice.PartnerFigure::partner, p -> p));
        // health: 2 in time (one on its last day), 3 late by 10, 4 and 30 days, 1 waived, 1 overdue, 1 not yet due
        PartnerAdvice.PartnerFigure health = partners.get(PartnerAdvice.Partner.HEALTH);
        assertThat(health.advice().total()).isEqualTo(8);
        assertThat(health.advice().outcomes()).isEqualTo(counts("on_time", 2, "late", 3, "overdue", 1, "outstanding", 1, "waived", 1));
        assertThat(health.advice().percentOnTime()).isEqualByComparingTo("28.6");
        assertThat(health.medianDaysLate()).isEqualByComparingTo("10.0");
        assertThat(health.medianDaysLateByPeriod()).containsEntry("2026-03", new BigDecimal("7.0"))
                .containsEntry("2026-04", new BigDecimal("30.0")).containsEntry("2026-01", null);
        assertPart(health.advice(), "2026-03", 2, counts("on_time", 0, "late", 2, "overdue", 0, "outstanding", 0, "waived", 0), "0.0");
        // social care: A01's cancelled request does not count
        PartnerAdvice.PartnerFigure social = partners.get(PartnerAdvice.Partner.SOCIAL_CARE);
        assertThat(social.advice().outcomes()).isEqualTo(counts("on_time", 1, "late", 2, "overdue", 0, "outstanding", 0, "waived", 0));
        assertThat(social.medianDaysLate()).isEqualByComparingTo("5.0");
        // educational psychology: P01's request of December 2025 belongs to 2025
        PartnerAdvice.PartnerFigure psychology = partners.get(PartnerAdvice.Partner.EDUCATIONAL_PSYCHOLOGY);
        assertThat(psychology.advice().outcomes()).isEqualTo(counts("on_time", 2, "late", 1, "overdue", 0, "outstanding", 0, "waived", 0));
        assertThat(psychology.advice().percentOnTime()).isEqualByComparingTo("66.7");
        assertThat(psychology.medianDaysLate()).isEqualByComparingTo("42.0");
        PartnerAdvice.PartnerFigure schools = partners.get(PartnerAdvice.Partner.SCHOOLS);
        assertThat(schools.advice().outcomes()).isEqualTo(counts("on_time", 1, "late", 0, "overdue", 0, "outstanding", 1, "waived", 0));
        assertThat(schools.advice().percentOnTime()).isEqualByComparingTo("100.0");
        assertThat(schools.medianDaysLate()).isNull();
        assertThat(partners.get(PartnerAdvice.Partner.OTHER).advice().total()).isZero();
        assertThat(partners.get(PartnerAdvice.Partner.OTHER).advice().percentOnTime()).isNull();
        assertThat(reports.cases("ADVICE_HEALTH", "waived", year2026, 0, 50).cases())
                .extracting(Figures.Row::reference).containsExactly("P11");
    }

    void workload() {
        Workload.Report workload = reports.workload();
        assertThat(workload.asOf()).isEqualTo(ReportFixture.TODAY);
        assertThat(workload.openCases()).extracting(Workload.StageAge::stage, Workload.StageAge::total,
                        Workload.StageAge::under6Weeks, Workload.StageAge::from6To20Weeks, Workload.StageAge::from20To52Weeks,
                        Workload.StageAge::over52Weeks)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CONSIDERING_REQUEST", 2L, 2L, 0L, 0L, 0L),
                        org.assertj.core.groups.Tuple.tuple("ASSESSING", 3L, 0L, 3L, 0L, 0L),
                        org.assertj.core.groups.Tuple.tuple("DRAFTING_PLAN", 1L, 0L, 0L, 0L, 1L),
                        org.assertj.core.groups.Tuple.tuple("FINALISING_PLAN", 1L, 0L, 0L, 0L, 1L),
                        // plans by the day they were issued: P10, P14, P11, P12 since 23 August; I02-I06 before 11 January
                        org.assertj.core.groups.Tuple.tuple("PLAN_MAINTAINED", 25L, 0L, 4L, 16L, 5L));
        Workload.Spread spread = workload.caseloads();
        assertThat(spread.openCases()).isEqualTo(32);
        assertThat(spread.unassigned()).isEqualTo(2);
        assertThat(spread.largest()).isEqualTo(25);
        assertThat(spread.perOfficer()).extracting(Workload.OfficerLoad::officer, Workload.OfficerLoad::openCases)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("officer1", 25L),
                        org.assertj.core.groups.Tuple.tuple("officer2", 5L), org.assertj.core.groups.Tuple.tuple("officer3", 0L));
        assertThat(spread.median()).isEqualByComparingTo("5.0");
        assertThat(workload.reviews().due()).as("I06's review on 15 February 2027").isEqualTo(1);
        assertThat(workload.reviews().overdue()).as("I05's and I03's").isEqualTo(2);
        assertThat(workload.breaches()).extracting(Workload.ClockBreaches::deadlineKey, Workload.ClockBreaches::last30Days,
                        Workload.ClockBreaches::last90Days)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("REVIEW_MEETING", 1L, 1L),
                        org.assertj.core.groups.Tuple.tuple("ADVICE_MEDICAL", 0L, 1L),
                        org.assertj.core.groups.Tuple.tuple("ORDER_PLAN_FINAL", 0L, 1L),
                        org.assertj.core.groups.Tuple.tuple("TRIBUNAL_RESPONSE", 0L, 1L));
        assertThat(reports.cases("OPEN_CASES", "ASSESSING", reports.period("2014-09-01", "2027-01-10", null), 0, 50).cases())
                .extracting(Figures.Row::reference).containsExactly("A01", "A02", "A03");
    }

    void sen2Check(Sen2Return sen2) {
        Sen2Return.Check check = sen2.check(2027);
        assertThat(check.referenceDate()).hasToString("2027-01-21");
        assertThat(check.cases()).isEqualTo(40);
        assertThat(check.persons()).as("W01 and A03 are one child").isEqualTo(39);
        assertThat(check.problems()).extracting(Sen2Check.Problem::reference, Sen2Check.Problem::item)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("U02", "Ethnicity"),
                        org.assertj.core.groups.Tuple.tuple("I04", "PlanDetail"),
                        org.assertj.core.groups.Tuple.tuple("P05", "UPN"),
                        org.assertj.core.groups.Tuple.tuple("NP01", "UPN"),
                        org.assertj.core.groups.Tuple.tuple("D01", "AssessmentOutcomeDate"),
                        org.assertj.core.groups.Tuple.tuple("I05", "SENtype"),
                        org.assertj.core.groups.Tuple.tuple("A01", "RequestSource"),
                        org.assertj.core.groups.Tuple.tuple("I06", "Sex"));
        assertThat(check.errors()).isEqualTo(8);
        assertThat(check.queries()).isZero();
    }

    /**
     * The fixture's return as the DfE's XML: 39 children (W01 and A03 one child with two requests), 40 requests, a
     * named plan for each of the 26 plans, the 25 in place on the reference date with their placement, SEN need and
     * latest review, the three exceptions flagged, the council's LA number, and each name as the family wrote it.
     */
    void sen2Xml(Sen2Return sen2) throws Exception {
        String xml = sen2.xml(2027).body();
        org.w3c.dom.Document document = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("Message");
        assertThat(count(document, "LEA")).isEqualTo(1);
        assertThat(document.getElementsByTagName("LEA").item(0).getTextContent()).isEqualTo("330");
        assertThat(document.getElementsByTagName("ReferenceDate").item(0).getTextContent()).isEqualTo("2027-01-21");
        assertThat(count(document, "Person")).isEqualTo(39);
        assertThat(count(document, "Requests")).isEqualTo(40);
        assertThat(count(document, "ReceivedDate")).as("every request but the 6 plans brought in").isEqualTo(34);
        assertThat(count(document, "NamedPlan")).isEqualTo(26);
        assertThat(count(document, "ActivePlans")).as("P17 ceased on 30 November 2026").isEqualTo(25);
        assertThat(count(document, "PlacementDetail")).as("I04 names no setting").isEqualTo(24);
        assertThat(count(document, "SENneed")).as("I05 has no primary need").isEqualTo(24);
        assertThat(count(document, "CeaseReason")).isEqualTo(1);
        long exceptions = java.util.stream.IntStream.range(0, count(document, "Week20"))
                .filter(i -> document.getElementsByTagName("Week20").item(i).getTextContent().equals("1")).count();
        assertThat(exceptions).as("P18, P19, P20").isEqualTo(3);
        org.w3c.dom.NodeList persons = document.getElementsByTagName("Person");
        for (int i = 0; i < persons.getLength(); i++) {
            org.w3c.dom.Element person = (org.w3c.dom.Element) persons.item(i);
            assertThat(person.getElementsByTagName("Surname").getLength()).isEqualTo(1);
            assertThat(person.getElementsByTagName("PersonBirthDate").getLength()).isEqualTo(1);
            if ("Whitlock".equals(person.getElementsByTagName("Surname").item(0).getTextContent())) {
                assertThat(person.getElementsByTagName("Requests").getLength()).isEqualTo(2);
            }
        }
        String csv = sen2.csv(2027).body();
        assertThat(csv.lines()).hasSize(41);
        assertThat(csv.lines().filter(line -> line.startsWith("P13,"))).singleElement().satisfies(line ->
                assertThat(line).startsWith("P13,O'Brien 🙂 مريم,\"Zoë <b>\"\"Bee\"\"</b> & co\","));
        assertThat(csv.lines().filter(line -> line.startsWith("I01,"))).singleElement().satisfies(line ->
                assertThat(line).endsWith(",1"));
        assertThat(xml).contains("<Forename>Zoë &lt;b&gt;\"Bee\"&lt;/b&gt; &amp; co</Forename>", "<Surname>O'Brien 🙂 مريم</Surname>");
    }

    /**
     * What officers put right from the check's list (a code each, a UPN read again from the school's record, an
     * outcome dated after the decision to assess it follows), after which the check finds nothing and the return is
     * well formed in every item (src/test/resources/sen2/sen2-return.xsd).
     */
    void sen2AfterCorrections(Sen2Return sen2, CaseRepository cases, JdbcClient jdbc) throws Exception {
        correct(cases, "U02", d -> new Sen2Details(d.sex(), "NOBT", d.postcode(), d.uln(), d.upnUnknown(), d.primaryNeed(),
                d.settingType(), d.ukprn(), d.requestSource()));
        correct(cases, "I04", d -> new Sen2Details(d.sex(), d.ethnicity(), d.postcode(), d.uln(), d.upnUnknown(),
                d.primaryNeed(), "EHE", d.ukprn(), d.requestSource()));
        correct(cases, "NP01", d -> new Sen2Details(d.sex(), d.ethnicity(), d.postcode(), d.uln(), "UN2", d.primaryNeed(),
                d.settingType(), d.ukprn(), d.requestSource()));
        correct(cases, "I05", d -> new Sen2Details(d.sex(), d.ethnicity(), d.postcode(), d.uln(), d.upnUnknown(), "SEMH",
                d.settingType(), d.ukprn(), d.requestSource()));
        correct(cases, "A01", d -> new Sen2Details(d.sex(), d.ethnicity(), d.postcode(), d.uln(), d.upnUnknown(),
                d.primaryNeed(), d.settingType(), d.ukprn(), Sen2Details.RequestSource.HEALTH));
        correct(cases, "I06", d -> new Sen2Details("U", d.ethnicity(), d.postcode(), d.uln(), d.upnUnknown(),
                d.primaryNeed(), d.settingType(), d.ukprn(), d.requestSource()));
        jdbc.sql("update ehc_case set child_upn = :upn where reference = 'P05'").param("upn", ReportFixture.upn(5)).update();
        jdbc.sql("update ehc_case set assessment_outcome_date = :on where reference = 'D01'")
                .param("on", java.time.LocalDate.of(2025, 11, 17)).update();

        Sen2Return.Check check = sen2.check(2027);
        assertThat(check.problems()).isEmpty();
        String xml = sen2.xml(2027).body();
        javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(FixtureAnswers.class.getResource("/sen2/sen2-return.xsd")).newValidator()
                .validate(new javax.xml.transform.stream.StreamSource(new java.io.StringReader(xml)));
        assertThat(xml).contains("<SENSetting>EHE</SENSetting>", "<Sex>U</Sex>", "<RequestOutcome>H</RequestOutcome>");
    }

    private static void correct(CaseRepository cases, String reference,
                                java.util.function.UnaryOperator<Sen2Details> correction) {
        cases.recordSen2Details(reference, correction.apply(cases.sen2Details(reference)).checked(""));
    }

    private static int count(org.w3c.dom.Document document, String tag) {
        return document.getElementsByTagName(tag).getLength();
    }

    private void assertFigure(Measure measure, long total, Map<String, Long> outcomes, String percent) {
        Figures.Figure figure = reports.figure(measure, year2026);
        assertThat(figure.total()).as(measure + " total").isEqualTo(total);
        assertThat(figure.outcomes()).as(measure + " outcomes").isEqualTo(outcomes);
        if (percent == null) {
            assertThat(figure.percentOnTime()).as(measure + " percent").isNull();
        } else {
            assertThat(figure.percentOnTime()).as(measure + " percent").isEqualByComparingTo(percent);
        }
        assertThat(figure.parts().stream().mapToLong(Figures.PartFigure::total).sum()).as(measure + " months add up")
                .isEqualTo(total);
        outcomes.forEach((outcome, n) -> assertThat(reports.cases(measure.name(), outcome, year2026, 0, 1000).count())
                .as(measure + " " + outcome + ": the cases behind the number").isEqualTo(n));
    }

    private static void assertPart(Figures.Figure figure, String label, long total, Map<String, Long> outcomes, String percent) {
        Figures.PartFigure part = figure.parts().stream().filter(p -> p.period().equals(label)).findFirst().orElseThrow();
        assertThat(part.total()).as(label).isEqualTo(total);
        assertThat(part.outcomes()).as(label).isEqualTo(outcomes);
        if (percent == null) {
            assertThat(part.percentOnTime()).as(label).isNull();
        } else {
            assertThat(part.percentOnTime()).as(label).isEqualByComparingTo(percent);
        }
    }

    private void assertCases(Measure measure, String outcome, List<String> references) {
        assertThat(reports.cases(measure.name(), outcome, year2026, 0, 1000).cases())
                .as(measure + " " + outcome).extracting(Figures.Row::reference).containsExactlyElementsOf(references);
    }

    private static Map<String, Long> counts(Object... outcomesAndCounts) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < outcomesAndCounts.length; i += 2) {
            counts.put((String) outcomesAndCounts[i], ((Integer) outcomesAndCounts[i + 1]).longValue());
        }
        return counts;
    }
}
