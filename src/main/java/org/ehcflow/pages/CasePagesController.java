package org.ehcflow.pages;

import java.util.Arrays;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ehcflow.casefile.CaseSearch;
import org.ehcflow.casefile.CaseStage;
import org.ehcflow.system.InvalidFieldException;
import org.ehcflow.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The SEND team's pages for finding a case (/cases) and seeing one whole (/cases/{reference}), behind the webapps'
 * own sign-in: a signed-out person is sent to sign in; partners and designers are refused.
 */
@Controller
class CasePagesController {

    static final int PAGE_SIZE = 20;
    static final String SIGN_IN = "/camunda/app/tasklist/";

    private final PageUser users;
    private final CaseSearch search;
    private final CasePages pages;

    CasePagesController(PageUser users, CaseSearch search, CasePages pages) {
        this.users = users;
        this.search = search;
        this.pages = pages;
    }

    @GetMapping("/cases")
    String find(HttpServletRequest request, HttpServletResponse response, Model model,
                @RequestParam(required = false) String q, @RequestParam(required = false) String stage,
                @RequestParam(defaultValue = "0") String page) {
        return asCaseReader(request, response, model, user -> {
            model.addAttribute("q", q == null ? "" : q);
            model.addAttribute("stage", stage == null ? "" : stage);
            model.addAttribute("stages", Arrays.asList(CaseStage.values()));
            boolean asked = (q != null && !q.isBlank()) || (stage != null && !stage.isBlank());
            model.addAttribute("asked", asked);
            if (asked) {
                try {
                    int pageNumber = parsePage(page);
                    CaseSearch.Page found = search.find(new CaseSearch.Criteria(q, stage == null || stage.isBlank() ? null : stage,
                            null, null, pageNumber, PAGE_SIZE));
                    model.addAttribute("found", found);
                    request.setAttribute(org.ehcflow.access.CaseAccessLog.CASES_SHOWN,
                            found.items().stream().map(CaseSearch.Found::reference).toList());
                    model.addAttribute("pages", (int) Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE));
                } catch (InvalidFieldException e) {
                    response.setStatus(400);
                    model.addAttribute("error", e.getMessage());
                    model.addAttribute("errorField", e.field());
                }
            }
            return "cases";
        });
    }

    @GetMapping("/cases/{reference}")
    String show(HttpServletRequest request, HttpServletResponse response, Model model, @PathVariable String reference) {
        return asCaseReader(request, response, model, user -> {
            try {
                model.addAttribute("page", pages.of(reference));
                return "case";
            } catch (NotFoundException e) {
                return PageUser.refused(response, model, 404, "There is no case " + reference + ".");
            }
        });
    }

    private static int parsePage(String page) {
        try {
            return Integer.parseInt(page);
        } catch (NumberFormatException e) {
            throw new InvalidFieldException("page", "page must be a whole number from 0");
        }
    }

    private String asCaseReader(HttpServletRequest request, HttpServletResponse response, Model model,
                                Function<PageUser.Signed, String> page) {
        return users.page(request, response, model, PageUser.Signed::readsCases, SIGN_IN,
                "Case pages are for the SEND team's officers and managers.", page);
    }
}
