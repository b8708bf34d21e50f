package org.ehcflow.notification;

import java.util.List;

import org.ehcflow.casefile.CaseRepository;
import org.ehcflow.system.ApiAnswers;
import org.ehcflow.system.ApiTags;
import org.ehcflow.system.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Every message recorded for a case, sent or not, oldest first. */
@Tag(name = ApiTags.CASES)
@RestController
class NotificationsController {

    private final CaseRepository cases;
    private final NotificationService notifications;

    NotificationsController(CaseRepository cases, NotificationService notifications) {
        this.cases = cases;
        this.notifications = notifications;
    }

    @Operation(summary = "A case's notices", description = """
            Every message recorded for a case, sent or not (SEND team and administrators only)""")
    @ApiAnswers(value = 200, problems = 404)
    @GetMapping("/api/cases/{reference}/notifications")
    List<Notification> list(@PathVariable("reference") String reference) {
        if (!cases.exists(reference)) {
            throw new NotFoundException("No case has the reference '" + reference + "'");
        }
        return notifications.forCase(reference);
    }
}
