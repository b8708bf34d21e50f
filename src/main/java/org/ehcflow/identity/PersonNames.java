package org.ehcflow.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** A user's name as pages and headers show it ("Olivia Okafor"); their id where they have no name recorded. */
@Component
public class PersonNames {

    private final IdentityService identity;

    PersonNames(IdentityService identity) {
        this.identity = identity;
    }

    /** {@code null} for no user (a case in the unassigned queue, a task nobody has taken). */
    public String of(String userId) {
        if (userId == null) {
            return null;
        }
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return userId;
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? userId : name;
    }
}
