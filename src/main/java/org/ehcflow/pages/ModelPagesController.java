package org.ehcflow.pages;

import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ehcflow.models.JourneyVersions;
import org.ehcflow.models.ModelAudit;
import org.ehcflow.models.ModelMigrations;
import org.ehcflow.system.ConflictException;
import org.ehcflow.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The designers' pages (/models): each journey's versions and deployments, and for one journey the migration report
 * (the dry run and the moves made). Designers and administrators read them; only an administrator moves cases.
 */
@Controller
class ModelPagesController {

    private final PageUser users;
    private final JourneyVersions journeys;
    private final ModelAudit audit;
    private final ModelMigrations migrations;

    ModelPagesController(PageUser users, JourneyVersions journeys, ModelAudit audit, ModelMigrations migrations) {
        this.users = users;
        this.journeys = journeys;
        this.audit = audit;
        this.migrations = migrations;
    }

    @GetMapping("/models")
    String models(HttpServletRequest request, HttpServletResponse response, Model model) {
        return asModelReader(request, response, model, user -> {
            model.addAttribute("journeys", journeys.all());
            model.addAttribute("deployments", audit.deployments().stream().limit(20).toList());
            return "models";
        });
    }

    @GetMapping("/models/{key}")
    String migration(HttpServletRequest request, HttpServletResponse response, Model model, @PathVariable String key) {
        return asModelReader(request, response, model, user -> {
            try {
                model.addAttribute("report", migrations.preview(key));
                return "model";
            } catch (NotFoundException e) {
                return PageUser.refused(response, model, 404, e.getMessage() + ".");
            }
        });
    }

    @PostMapping("/models/{key}/migration")
    String migrate(HttpServletRequest request, HttpServletResponse response, Model model, @PathVariable String key,
                   RedirectAttributes next) {
        return asModelReader(request, response, model, user -> {
            if (!user.administers()) {
                return PageUser.refused(response, model, 403, "Only an administrator moves running cases to a new version.");
            }
            try {
                migrations.migrate(key, user.id());
                next.addFlashAttribute("moved", true);
            } catch (ConflictException e) {
                next.addFlashAttribute("conflict", e.getMessage());
            } catch (NotFoundException e) {
                return PageUser.refused(response, model, 404, e.getMessage() + ".");
            }
            return "redirect:/models/" + key;
        });
    }

    private String asModelReader(HttpServletRequest request, HttpServletResponse response, Model model,
                                 Function<PageUser.Signed, String> page) {
        return users.page(request, response, model, PageUser.Signed::readsModels, "/camunda/app/cockpit/",
                "The models' pages are for process designers and administrators.", page);
    }
}
