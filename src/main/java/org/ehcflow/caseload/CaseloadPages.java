package org.ehcflow.caseload;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.ehcflow.deadline.Today;
import org.springframework.stereotype.Component;

/** The managers' caseload pages, as HTML: the team, one officer's cases and the form to move them. */
@Component
class CaseloadPages {

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;margin:1rem 0}
            th,td{border:1px solid #ccc;padding:.35rem .6rem;text-align:left}th{background:#f2f2f2}
            td.n{text-align:right}.warn{color:#b00020;font-weight:bold}.error{background:#fde8ea;padding:.6rem;border:1px solid #b00020}
            nav a{margin-right:1rem}fieldset{margin:1rem 0;max-width:46rem}textarea{width:100%;min-height:4rem}""";

    String team(List<OfficerCaseload> officers, List<HeldCase> unassigned, String user, String notice) {
        StringBuilder rows = new StringBuilder();
        for (OfficerCaseload o : officers) {
            rows.append("<tr data-officer=\"").append(htmlEscape(o.officer())).append("\"><td><a href=\"/caseloads/")
                    .append(htmlEscape(o.officer())).append("\">").append(htmlEscape(o.name())).append("</a> (")
                    .append(htmlEscape(o.officer())).append(")</td>")
                    .append(number("openCases", o.openCases())).append(number("openTasks", o.openTasks()))
                    .append(number("dueWithin7Days", o.dueWithin7Days())).append(flagged("overdue", o.overdue()))
                    .append(flagged("breachedLast30Days", o.breachedLast30Days())).append(number("openComplaints", o.openComplaints()))
                    .append("<td data-field=\"available\">").append(o.available() ? "yes" : "<span class=\"warn\">away</span>").append("</td>")
                    .append("<td class=\"n\">").append(o.cap() == null ? "" : o.cap()).append("</td></tr>\n");
        }
        String total = "<tr data-officer=\"TEAM\"><th>Team</th>"
                + number("openCases", officers.stream().mapToLong(OfficerCaseload::openCases).sum())
                + number("openTasks", officers.stream().mapToLong(OfficerCaseload::openTasks).sum())
                + number("dueWithin7Days", officers.stream().mapToLong(OfficerCaseload::dueWithin7Days).sum())
                + number("overdue", officers.stream().mapToLong(OfficerCaseload::overdue).sum())
                + number("breachedLast30Days", officers.stream().mapToLong(OfficerCaseload::breachedLast30Days).sum())
                + number("openComplaints", officers.stream().mapToLong(OfficerCaseload::openComplaints).sum())
                + "<td></td><td></td></tr>\n";
        return page("Caseloads", user, notice, """
                <h1>Caseloads</h1>
                <p>Statutory deadlines of each officer's open cases, as of %s. Choose an officer to see their cases and move them.</p>
                <table id="caseloads"><thead><tr><th>Officer</th><th>Open cases</th><th>Open tasks</th><th>Due within 7 days</th>
                <th>Overdue</th><th>Breached, last 30 days</th><th>Open complaints</th><th>Available</th><th>Cap</th></tr></thead>
                <tbody>%s%s</tbody></table>
                <h2>Unassigned queue: <span id="unassigned-count">%d</span></h2>%s""".formatted(Today.inLondon(),
                rows, total, unassigned.size(), cases(unassigned)));
    }

    String officer(Caseloads.OfficerCases held, List<OfficerCaseload> team, String user, String csrf, String error) {
        OfficerCaseload o = held.caseload();
        String others = team.stream().filter(t -> !t.officer().equals(o.officer()))
                .map(t -> "<option value=\"" + htmlEscape(t.officer()) + "\">" + htmlEscape(t.name()) + " (" + htmlEscape(t.officer())
                        + ", " + t.openCases() + " open" + (t.available() ? "" : ", away") + ")</option>")
                .collect(Collectors.joining());
        String checks = held.cases().stream().map(c -> "<label><input type=\"checkbox\" name=\"cases\" value=\""
                + htmlEscape(c.reference()) + "\" checked> " + htmlEscape(c.reference()) + "</label> ").collect(Collectors.joining());
        return page(o.name(), user, error, """
                <p><a href="/caseloads">All caseloads</a></p>
                <h1>%s (%s)</h1>
                <p>%d open cases, %d open tasks, %d overdue.</p>%s
                <form method="post" action="/caseloads/%s/reassign">
                <input type="hidden" name="csrf" value="%s">
                <fieldset><legend>Move cases</legend>
                <p><label><input type="radio" name="mode" value="to" checked> To </label><select name="to">%s</select>
                <label><input type="radio" name="mode" value="spread"> Spread over the available officers, fewest first</label></p>
                <p>Cases: %s</p>
                <p><label for="reason">Why (the handover note on each case)</label><textarea id="reason" name="reason" required></textarea></p>
                <button type="submit">Move the selected cases</button>
                </fieldset></form>""".formatted(htmlEscape(o.name()), htmlEscape(o.officer()), o.openCases(), o.openTasks(),
                o.overdue(), cases(held.cases()), htmlEscape(o.officer()), htmlEscape(csrf), others, checks));
    }

    String refused(String user, String why) {
        return page("Not allowed", user, null, "<h1>Not allowed</h1><p>" + htmlEscape(why) + "</p>");
    }

    private static String cases(List<HeldCase> cases) {
        if (cases.isEmpty()) {
            return "<p>None.</p>";
        }
        String rows = cases.stream().map(c -> "<tr><td>" + htmlEscape(c.reference()) + "</td><td>" + htmlEscape(c.childName())
                + "</td><td>" + htmlEscape(c.stage()) + "</td><td>" + (c.nextDeadline() == null ? ""
                : htmlEscape(c.nextDeadline().key()) + " " + c.nextDeadline().dueDate()
                + (c.nextDeadline().dueDate().isBefore(Today.inLondon()) ? " <span class=\"warn\">overdue</span>" : "")) + "</td></tr>")
                .collect(Collectors.joining("\n"));
        return "<table class=\"cases\"><thead><tr><th>Case</th><th>Child</th><th>Stage</th><th>Next statutory deadline</th></tr></thead><tbody>"
                + rows + "</tbody></table>";
    }

    private static String number(String field, long value) {
        return "<td class=\"n\" data-field=\"" + field + "\">" + value + "</td>";
    }

    private static String flagged(String field, long value) {
        return "<td class=\"n" + (value > 0 ? " warn" : "") + "\" data-field=\"" + field + "\">" + value + "</td>";
    }

    private static String page(String title, String user, String notice, String body) {
        String message = notice == null ? "" : "<p class=\"" + (notice.startsWith("Moved") ? "" : "error") + "\" id=\"notice\">"
                + htmlEscape(notice) + "</p>";
        return """
                <!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>%s · EHC Flow</title><style>%s</style></head>
                <body><nav><a href="/camunda/app/tasklist/">Tasklist</a><a href="/camunda/app/cockpit/">Cockpit</a>
                <a href="/caseloads">Caseloads</a><span>Signed in as %s</span></nav>%s%s</body></html>"""
                .formatted(htmlEscape(title), STYLE, htmlEscape(user), message, body);
    }
}
