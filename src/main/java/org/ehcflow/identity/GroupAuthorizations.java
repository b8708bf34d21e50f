package org.ehcflow.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates EHC Flow's groups and grants each what its work needs, while the engine is built and before any
 * request is served. Idempotent: missing groups and permissions are added, and nothing is removed but the rights
 * earlier versions granted too widely ({@link #grantOnly}), so rights an administrator added in Camunda Admin survive
 * a restart.
 *
 * Task rights of officers and partners are not granted here: with authorization on, Camunda grants a task's
 * assignee and candidate groups their rights on that task when it is assigned or offered.
 */
@Component
@Order(10)
class GroupAuthorizations extends AbstractCamundaConfiguration {

    /** The journeys with a start form, which the SEND team starts from Tasklist: a request, a query or complaint, an appeal. */
    static final java.util.List<String> JOURNEYS_STARTED_BY_HAND = java.util.List.of("ehc-needs-assessment", "complaint", "appeal");

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        IdentityService identity = engine.getIdentityService();
        for (String groupId : Groups.TASK_WORKERS) {
            ensureGroup(identity, groupId);
        }
        ensureGroup(identity, Groups.DESIGNERS);
        ensureGroup(identity, Groups.MONITORING);   // no right in the engine: its members read /actuator only

        AuthorizationService authorizations = engine.getAuthorizationService();
        for (String groupId : Groups.TASK_WORKERS) {
            grant(authorizations, groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        }
        // Officers and managers start by hand only the journeys with a start form (PersonStarts checks what they
        // give); every other journey is the product's to start. Earlier versions let them start any: taken back.
        grantOnly(authorizations, Groups.CASE_OFFICERS, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
        grant(authorizations, Groups.CASE_OFFICERS, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);

        grant(authorizations, Groups.MANAGERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(authorizations, Groups.MANAGERS, Resources.TASK, ANY, TaskPermissions.READ, TaskPermissions.TASK_ASSIGN);
        grantOnly(authorizations, Groups.MANAGERS, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_TASK);
        grant(authorizations, Groups.MANAGERS, Resources.PROCESS_INSTANCE, ANY, Permissions.READ, Permissions.CREATE);
        for (String journey : JOURNEYS_STARTED_BY_HAND) {
            for (String group : java.util.List.of(Groups.CASE_OFFICERS, Groups.MANAGERS)) {
                grant(authorizations, group, Resources.PROCESS_DEFINITION, journey, ProcessDefinitionPermissions.READ,
                        ProcessDefinitionPermissions.CREATE_INSTANCE);
            }
        }

        grant(authorizations, Groups.DESIGNERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        // Designers deploy (every deployment is checked: ModelValidation) and read; deleting a deployment or suspending
        // a journey stops every running case, so only administrators may. Earlier versions granted both: taken back.
        grantOnly(authorizations, Groups.DESIGNERS, Resources.DEPLOYMENT, ANY, Permissions.READ, Permissions.CREATE);
        grantOnly(authorizations, Groups.DESIGNERS, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
        grant(authorizations, Groups.DESIGNERS, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
        grant(authorizations, Groups.DESIGNERS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    }

    private static void ensureGroup(IdentityService identity, String groupId) {
        if (identity.createGroupQuery().groupId(groupId).singleResult() == null) {
            Group group = identity.newGroup(groupId);
            group.setName(Groups.displayName(groupId));
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
    }

    /** Grants exactly {@code permissions}: any other this grant held (from an earlier version) is taken back. */
    static void grantOnly(AuthorizationService authorizations, String groupId, Resource resource, String resourceId,
                          Permission... permissions) {
        grant(authorizations, groupId, resource, resourceId, permissions);
        Authorization authorization = authorizations.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).singleResult();
        java.util.Set<Permission> wanted = java.util.Set.of(permissions);
        boolean changed = false;
        for (Permission held : authorization.getPermissions(org.camunda.bpm.engine.impl.util.ResourceTypeUtil.getPermissionsByResourceType(resource.resourceType()))) {
            if (!wanted.contains(held) && held.getValue() != 0 && held.getValue() != Integer.MAX_VALUE) {
                authorization.removePermission(held);
                changed = true;
            }
        }
        if (changed) {
            authorizations.saveAuthorization(authorization);
        }
    }

    static void grant(AuthorizationService authorizations, String groupId, Resource resource, String resourceId,
                      Permission... permissions) {
        Authorization authorization = authorizations.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).singleResult();
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        boolean changed = authorization.getId() == null;
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizations.saveAuthorization(authorization);
        }
    }
}
