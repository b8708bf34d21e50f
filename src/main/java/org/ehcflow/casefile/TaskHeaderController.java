package org.ehcflow.casefile;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.ehcflow.caseload.WebappSession;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case header Tasklist shows above a task's form (tasklist/ehcflow/case-header.js), behind the webapps' own
 * sign-in. A task the person may not see answers 404, as one that does not exist.
 */
@RestController
class TaskHeaderController {

    private final WebappSession session;
    private final TaskHeaders headers;

    TaskHeaderController(WebappSession session, TaskHeaders headers) {
        this.session = session;
        this.headers = headers;
    }

    @GetMapping("/tasklist/tasks/{taskId}/case")
    ResponseEntity<TaskHeader> header(HttpServletRequest request, @PathVariable String taskId) {
        return session.user(request)
                .map(user -> headers.forTask(taskId, user.getIdentityId(),
                                user.getGroupIds() == null ? List.of() : user.getGroupIds(), WebappSession.readsCases(user))
                        .map(header -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(header))
                        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).cacheControl(CacheControl.noStore()).build()))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.UNAUTHORIZED).build());
    }
}
