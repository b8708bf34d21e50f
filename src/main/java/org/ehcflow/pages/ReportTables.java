package org.ehcflow.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ehcflow.casefile.CaseStage;
import org.ehcflow.deadline.DeadlineKey;
import org.ehcflow.pages.ReportTable.Cell;
import org.ehcflow.reporting.Figures;
import org.ehcflow.reporting.Measure;
import org.ehcflow.reporting.PartnerAdvice;
import org.ehcflow.reporting.ReportPeriod;
import org.ehcflow.reporting.Workload;
import org.ehcflow.system.PlausibleDates;
import org.springframework.web.util.UriComponentsBuilder;

/** The dashboard's tables for one period, built from the reports' figures (the API's), each number linked to its cases. */
final class ReportTables {

    /** Outcomes in words, as a manager reads them. */
    private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("on_time", "On time"),
            Map.entry("late", "Late"), Map.entry("overdue", "Overdue, not done"), Map.entry("open", "Not yet due"),
            Map.entry("awaiting", "Not yet due"), Map.entry("outstanding", "Not yet due"), Map.entry("waived", "Waived"),
            Map.entry("assess", "Decided to assess"), Map.entry("not_assess", "Refused"),
            Map.entry("withdrawn", "Withdrawn"), Map.entry("awaiting_decision", "Awaiting the decision"),
            Map.entry("pending", "Pending"), Map.entry("conceded", "Conceded"), Map.entry("decided", "Decided"),
            Map.entry("dismissed", "Dismissed"), Map.entry("ordered", "Ordered"),
            Map.entry("within_20_weeks", "Within 20 weeks"), Map.entry("20_to_52_weeks", "In 20 to 52 weeks"),
            Map.entry("over_52_weeks", "Over 52 weeks"));

    private final ReportPeriod period;
    private final LocalDate today;

    ReportTables(ReportPeriod period, LocalDate today) {
        this.period = period;
        this.today = today;
    }

    static String words(String outcome) {
        if (WORDS.containsKey(outcome)) {
            return WORDS.get(outcome);
        }
        for (DeadlineKey key : DeadlineKey.values()) {
            if (key.name().equals(outcome)) {
                return key.requirement() + " (" + key.name() + ")";
            }
        }
        return CaseStage.inWords(outcome);
    }

    /** Each month (or quarter, year) of the period: plans issued and within 20 weeks, with and without exceptions. */
    ReportTable twentyWeeks(Figures.Figure including, Figures.Figure excluding) {
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < including.parts().size(); i++) {
            Figures.PartFigure all = including.parts().get(i);
            Figures.PartFigure counted = excluding.parts().get(i);
            rows.add(List.of(Cell.text(ReportPeriod.inWords(all.period())),
                    Cell.number(all.total(), cases(Measure.FINAL_PLAN_20_WEEKS, null, all.from(), all.to())),
                    Cell.number(all.outcomes().get("on_time"), cases(Measure.FINAL_PLAN_20_WEEKS, "on_time", all.from(), all.to())),
                    Cell.percent(all.percentOnTime()),
                    Cell.number(counted.total(), cases(Measure.FINAL_PLAN_20_WEEKS_EXCLUDING_EXCEPTIONS, null, all.from(), all.to())),
                    Cell.number(counted.outcomes().get("on_time"),
                            cases(Measure.FINAL_PLAN_20_WEEKS_EXCLUDING_EXCEPTIONS, "on_time", all.from(), all.to())),
                    Cell.percent(counted.percentOnTime())));
        }
        rows.add(List.of(Cell.text("Whole period"),
                Cell.number(including.total(), cases(Measure.FINAL_PLAN_20_WEEKS, null, period.from(), period.to())),
                Cell.number(including.outcomes().get("on_time"), cases(Measure.FINAL_PLAN_20_WEEKS, "on_time", period.from(), period.to())),
                Cell.percent(including.percentOnTime()),
                Cell.number(excluding.total(), cases(Measure.FINAL_PLAN_20_WEEKS_EXCLUDING_EXCEPTIONS, null, period.from(), period.to())),
                Cell.number(excluding.outcomes().get("on_time"),
                        cases(Measure.FINAL_PLAN_20_WEEKS_EXCLUDING_EXCEPTIONS, "on_time", period.from(), period.to())),
                Cell.percent(excluding.percentOnTime())));
        return new ReportTable("twenty-weeks", "New EHC plans issued within 20 weeks",
                List.of("Period", "Plans issued", "Within 20 weeks", "% within 20 weeks", "Plans issued, excluding exceptions",
                        "Within 20 weeks, excluding exceptions", "% within 20 weeks, excluding exceptions"), rows);
    }

    /** Measures judged on time or not, one row each. */
    ReportTable rates(String id, String caption, List<Figures.Figure> figures) {
        List<List<Cell>> rows = figures.stream().map(f -> List.of(Cell.text(f.title()),
                Cell.number(f.total(), cases(f.measure(), null, period.from(), period.to())),
                outcome(f, "on_time"), outcome(f, "late"), outcome(f, "overdue"), notYetDue(f),
                Cell.percent(f.percentOnTime()))).toList();
        return new ReportTable(id, caption, List.of("Measure", "Counted", "On time", "Late", "Overdue, not done",
                "Not yet due", "% on time"), rows);
    }

    /** Measures that count by outcome, one row per outcome. */
    ReportTable counts(String id, String caption, List<Figures.Figure> figures) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Figures.Figure f : figures) {
            rows.add(List.of(Cell.text(f.title()), Cell.text("All"),
                    Cell.number(f.total(), cases(f.measure(), null, period.from(), period.to()))));
            f.outcomes().forEach((outcome, n) -> rows.add(List.of(Cell.text(f.title()), Cell.text(words(outcome)),
                    Cell.number(n, cases(f.measure(), outcome, period.from(), period.to())))));
        }
        return new ReportTable(id, caption, List.of("Measure", "Outcome", "Number"), rows);
    }

    ReportTable partners(List<PartnerAdvice.PartnerFigure> partners) {
        List<List<Cell>> rows = partners.stream().map(p -> List.of(Cell.text(p.name()),
                Cell.number(p.advice().total(), cases(p.partner().measure(), null, period.from(), period.to())),
                outcome(p.advice(), "on_time"), outcome(p.advice(), "late"),
                Cell.number(p.medianDaysLate() == null ? "None late" : p.medianDaysLate().toPlainString(), null),
                outcome(p.advice(), "overdue"), outcome(p.advice(), "outstanding"), outcome(p.advice(), "waived"),
                Cell.percent(p.advice().percentOnTime()))).toList();
        return new ReportTable("partners", "Advice from partner services (6 weeks: SEND Regulations 2014 reg 8)",
                List.of("Partner", "Advice requested", "Returned within 6 weeks", "Returned late", "Median days late",
                        "Overdue, not returned", "Not yet due", "Waived", "% returned within 6 weeks"), rows);
    }

    /** Open cases by stage and by how long they have been open; each band links to its cases. */
    ReportTable backlog(Workload.Report workload) {
        LocalDate earliest = PlausibleDates.FIRST_CLOCK_START;
        List<List<Cell>> rows = workload.openCases().stream().map(s -> List.of(Cell.text(s.inWords()),
                Cell.number(s.total(), cases(Measure.OPEN_CASES, s.stage(), earliest, today)),
                Cell.number(s.under6Weeks(), cases(Measure.OPEN_CASES, s.stage(), today.minusWeeks(6).plusDays(1), today)),
                Cell.number(s.from6To20Weeks(), cases(Measure.OPEN_CASES, s.stage(), today.minusWeeks(20).plusDays(1),
                        today.minusWeeks(6))),
                Cell.number(s.from20To52Weeks(), cases(Measure.OPEN_CASES, s.stage(), today.minusWeeks(52).plusDays(1),
                        today.minusWeeks(20))),
                Cell.number(s.over52Weeks(), cases(Measure.OPEN_CASES, s.stage(), earliest, today.minusWeeks(52)))))
                .toList();
        return new ReportTable("backlog", "Open cases by stage and time open (a request since it was received, a plan"
                + " since it was issued)", List.of("Stage", "Open", "Under 6 weeks", "6 to 20 weeks", "20 to 52 weeks",
                "Over 52 weeks"), rows);
    }

    ReportTable reviewsAhead(Workload.Report workload) {
        Workload.ReviewsAhead reviews = workload.reviews();
        return new ReportTable("reviews-ahead", "Annual reviews not yet held",
                List.of("Reviews", "Number"), List.of(
                List.of(Cell.text("Due in the next 12 weeks (by " + org.ehcflow.deadline.LetterDate.of(reviews.to()) + ")"),
                        Cell.number(reviews.due(), cases(Measure.REVIEWS_DUE, "open", today, reviews.to()))),
                List.of(Cell.text("Overdue"), Cell.number(reviews.overdue(),
                        cases(Measure.REVIEWS_DUE, "overdue", PlausibleDates.FIRST_CLOCK_START, today.minusDays(1))))));
    }

    ReportTable caseloads(Workload.Report workload) {
        Workload.Spread spread = workload.caseloads();
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.text("Largest caseload"), Cell.number(spread.largest(), null)));
        rows.add(List.of(Cell.text("Median caseload"), Cell.number(spread.median() == null ? "None" : spread.median().toPlainString(), null)));
        rows.add(List.of(Cell.text("Officers"), Cell.number(spread.officers(), "/caseloads")));
        rows.add(List.of(Cell.text("Open cases"), Cell.number(spread.openCases(), "/caseloads")));
        rows.add(List.of(Cell.text("Open cases no officer holds"), Cell.number(spread.unassigned(), "/caseloads")));
        spread.perOfficer().forEach(o -> rows.add(List.of(Cell.text(o.name() + " (" + o.officer() + ")"),
                Cell.number(o.openCases(), "/caseloads/" + o.officer()))));
        return new ReportTable("caseloads", "Caseloads across the team", List.of("Caseload", "Open cases"), rows);
    }

    ReportTable breaches(Workload.Report workload) {
        List<List<Cell>> rows = new ArrayList<>(workload.breaches().stream().map(b -> List.of(Cell.text(words(b.deadlineKey())),
                Cell.number(b.last30Days(), cases(Measure.BREACHES, b.deadlineKey(), today.minusDays(29), today)),
                Cell.number(b.last90Days(), cases(Measure.BREACHES, b.deadlineKey(), today.minusDays(89), today)))).toList());
        if (rows.isEmpty()) {
            rows.add(List.of(Cell.text("None missed"), Cell.number(0, null), Cell.number(0, null)));
        }
        return new ReportTable("breaches", "Deadlines missed recently, by clock",
                List.of("Clock", "Missed in the last 30 days", "Missed in the last 90 days"), rows);
    }

    /** The figure's count for {@code outcome}, linked to its cases (0 links to the empty list, a number all the same). */
    private Cell outcome(Figures.Figure figure, String outcome) {
        Long n = figure.outcomes().get(outcome);
        return n == null ? Cell.text("") : Cell.number(n, cases(figure.measure(), outcome, period.from(), period.to()));
    }

    private Cell notYetDue(Figures.Figure figure) {
        for (String outcome : List.of("open", "awaiting", "outstanding")) {
            if (figure.outcomes().containsKey(outcome)) {
                return outcome(figure, outcome);
            }
        }
        return Cell.text("");
    }

    static String cases(Measure measure, String outcome, LocalDate from, LocalDate to) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/reports/cases").queryParam("measure", measure.name());
        if (outcome != null) {
            link.queryParam("outcome", outcome);
        }
        return link.queryParam("from", from).queryParam("to", to).encode().build().toUriString();
    }
}
