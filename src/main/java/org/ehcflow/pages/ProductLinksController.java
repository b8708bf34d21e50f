package org.ehcflow.pages;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The product's pages a signed-in person may open, for the links in the webapps' header (product-links.js). */
@RestController
class ProductLinksController {

    record Link(String href, String text, String title) {
    }

    private final PageUser users;

    ProductLinksController(PageUser users) {
        this.users = users;
    }

    @GetMapping("/tasklist/links")
    ResponseEntity<List<Link>> links(HttpServletRequest request) {
        return users.of(request).map(user -> {
            List<Link> links = new ArrayList<>();
            if (user.readsCases()) {
                links.add(new Link("/cases", "Cases", "Find a case by name, reference, UPN or date of birth"));
            }
            if (user.managesCaseloads()) {
                links.add(new Link("/caseloads", "Caseloads", "The team's caseloads, deadlines and handovers"));
                links.add(new Link("/reports", "Reports", "Statutory timeliness, partner advice, the backlog and the SEN2 return"));
            }
            if (user.readsModels()) {
                links.add(new Link("/models", "Models", "The journeys' versions, their deployments and the moving of running cases"));
            }
            return ResponseEntity.ok(links);
        }).orElseGet(() -> ResponseEntity.status(401).build());
    }
}
