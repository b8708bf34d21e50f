package org.ehcflow.caseload;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.ehcflow.deadline.Today;
import org.ehcflow.system.InvalidFieldException;
import org.ehcflow.system.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The managers' caseload view at /caseloads, behind the Camunda webapps' own login: a manager signed in to Tasklist
 * or Cockpit opens it with no second login; anyone else is sent to sign in, or refused. The same figures as
 * {@code GET /api/caseloads}; moving cases goes through the same {@link Reassignments}. The move form is guarded by
 * Spring Security's CSRF token (see PageSecurity).
 */
@Controller
class CaseloadPageController {

    private static final String SIGN_IN = "redirect:/camunda/app/tasklist/";

    /** The team's totals, as the caseload page's last row shows them. */
    record TeamTotals(long openCases, long openTasks, long dueWithin7Days, long overdue, long breachedLast30Days,
                      long openComplaints) {

        static TeamTotals of(List<OfficerCaseload> officers) {
            return new TeamTotals(officers.stream().mapToLong(OfficerCaseload::openCases).sum(),
                    officers.stream().mapToLong(OfficerCaseload::openTasks).sum(),
                    officers.stream().mapToLong(OfficerCaseload::dueWithin7Days).sum(),
                    officers.stream().mapToLong(OfficerCaseload::overdue).sum(),
                    officers.stream().mapToLong(OfficerCaseload::breachedLast30Days).sum(),
                    officers.stream().mapToLong(OfficerCaseload::openComplaints).sum());
        }
    }

    /** Who is signed in, as the pages' layout shows them. */
    record Viewer(String name, boolean readsCases, boolean managesCaseloads, boolean readsModels) {
    }

    private final WebappSession session;
    private final Caseloads caseloads;
    private final Reassignments reassignments;

    CaseloadPageController(WebappSession session, Caseloads caseloads, Reassignments reassignments) {
        this.session = session;
        this.caseloads = caseloads;
        this.reassignments = reassignments;
    }

    @GetMapping(path = "/caseloads", produces = MediaType.TEXT_HTML_VALUE)
    String team(HttpServletRequest request, HttpServletResponse response, Model model,
                @RequestParam(required = false) Integer moved) {
        return asManager(request, response, model, manager -> {
            List<OfficerCaseload> officers = caseloads.team();
            model.addAttribute("officers", officers);
            model.addAttribute("team", TeamTotals.of(officers));
            model.addAttribute("unassigned", caseloads.unassigned());
            model.addAttribute("today", Today.inLondon());
            if (moved != null) {
                model.addAttribute("notice", "Moved " + moved + " case" + (moved == 1 ? "" : "s") + ".");
            }
            return "caseloads";
        });
    }

    @GetMapping(path = "/caseloads/{officer}", produces = MediaType.TEXT_HTML_VALUE)
    String officer(HttpServletRequest request, HttpServletResponse response, Model model, @PathVariable String officer) {
        return asManager(request, response, model, manager -> officerPage(response, model, officer, null));
    }

    @PostMapping(path = "/caseloads/{officer}/reassign", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    String reassign(HttpServletRequest request, HttpServletResponse response, Model model, @PathVariable String officer,
                    @RequestParam(defaultValue = "to") String mode, @RequestParam(required = false) String to,
                    @RequestParam(required = false) String reason, @RequestParam(required = false) List<String> cases) {
        return asManager(request, response, model, manager -> {
            boolean spread = "spread".equals(mode);
            List<String> selected = cases == null ? List.of() : cases;
            // every case listed still ticked: all of theirs, including any with work going on outside an open stage
            boolean all = selected.containsAll(caseloads.held(officer).stream().map(HeldCase::reference).toList());
            try {
                int movedCount = reassignments.reassignCaseload(officer, new Reassignment(spread ? null : to, spread, reason,
                        all && !selected.isEmpty() ? null : selected), manager.getName()).size();
                return "redirect:/caseloads?moved=" + movedCount;
            } catch (InvalidFieldException e) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                return officerPage(response, model, officer, e.getMessage());
            }
        });
    }

    private String officerPage(HttpServletResponse response, Model model, String officer, String error) {
        try {
            Caseloads.OfficerCases held = caseloads.of(officer);
            model.addAttribute("held", held);
            model.addAttribute("others", caseloads.team().stream().filter(t -> !t.officer().equals(officer)).toList());
            model.addAttribute("today", Today.inLondon());
            model.addAttribute("error", error);
            return "caseload";
        } catch (NotFoundException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("message", e.getMessage());
            return "refused";
        }
    }

    private String asManager(HttpServletRequest request, HttpServletResponse response, Model model,
                             Function<UserAuthentication, String> page) {
        Optional<UserAuthentication> user = session.user(request);
        if (user.isEmpty()) {
            return SIGN_IN;
        }
        boolean manager = WebappSession.isManager(user.get());
        model.addAttribute("user", new Viewer(user.get().getName(), WebappSession.readsCases(user.get()), manager,
                WebappSession.readsModels(user.get())));
        if (!manager) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("message", "Caseloads are for the SEND team's managers.");
            return "refused";
        }
        return page.apply(user.get());
    }
}
