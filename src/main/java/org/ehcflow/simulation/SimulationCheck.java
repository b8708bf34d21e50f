package org.ehcflow.simulation;

import java.util.List;

import org.ehcflow.system.PlausibleDates;

/** The simulation's settings checked before a day is simulated: each wrong one named with what it must be. */
final class SimulationCheck {

    private SimulationCheck() {
    }

    static void settings(SimulationProperties s) {
        PlausibleDates.clockStart("ehcflow.simulation.first-day", s.firstDay());
        require(s.scale() > 0 && s.scale() <= 10, "scale", "above 0 and at most 10", s.scale());
        require(s.runInWeeks() >= 0 && s.runInWeeks() <= 104, "run-in-weeks", "from 0 to 104", s.runInWeeks());
        atLeastOne("requests", s.requests());
        atLeastOne("plans", s.plans());
        atLeastOne("appeals", s.appeals());
        atLeastOne("officers", s.officers());
        atLeastOne("managers", s.managers());
        atLeastOne("tasks-per-officer-day", s.tasksPerOfficerDay());
        atLeastOne("tasks-per-manager-day", s.tasksPerManagerDay());
        days("officer-delay-days", s.officerDelayDays());
        days("family-reply-days", s.familyReplyDays());
        for (String partner : List.of("health", "social-care", "educational-psychology", "schools", "consultation")) {
            SimulationProperties.PartnerHabit habit = s.partner(partner);
            share("partners." + partner + ".on-time-share", habit.onTimeShare());
            days("partners." + partner + ".late-days", habit.lateDays());
        }
        SimulationProperties.Shares shares = s.shares();
        share("shares.assess", shares.assess());
        share("shares.issue-plan", shares.issuePlan());
        share("shares.amend-at-review", shares.amendAtReview());
        share("shares.cease-at-review", shares.ceaseAtReview());
        share("shares.concede", shares.concede());
        share("shares.upheld", shares.upheld());
        require(shares.amendAtReview() + shares.ceaseAtReview() <= 1, "shares.amend-at-review",
                "at most 1 with cease-at-review", shares.amendAtReview());
    }

    /** A simulation writes a year of invented cases: never into a council's own database. */
    static void inMemory(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        String url = jdbc.sql("select 1").query((rs, row) -> rs.getStatement().getConnection().getMetaData().getURL()).single();
        if (!url.startsWith("jdbc:h2:mem:")) {
            throw new IllegalStateException("A simulation runs only on its own in-memory database, not on " + url
                    + ": give --ehcflow.simulate=year on the command line, not in a configuration file");
        }
    }

    private static void atLeastOne(String name, int value) {
        require(value >= 1, name, "at least 1", value);
    }

    private static void share(String name, double value) {
        require(value >= 0 && value <= 1, name, "from 0 to 1", value);
    }

    private static void days(String name, List<Integer> days) {
        require(days != null && !days.isEmpty() && days.stream().allMatch(d -> d != null && d >= 0 && d <= 365), name,
                "a list of days from 0 to 365", days);
    }

    private static void require(boolean holds, String name, String mustBe, Object value) {
        if (!holds) {
            throw new IllegalArgumentException("ehcflow.simulation." + name + " must be " + mustBe + ", not " + value);
        }
    }
}
