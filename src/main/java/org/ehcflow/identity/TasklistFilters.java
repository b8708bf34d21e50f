package org.ehcflow.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters, created once and readable by every group that works tasks. Each user sees in them
 * only the tasks their own authorizations allow. An administrator's later edits to a filter are kept.
 */
@Component
@Order(20)
class TasklistFilters extends AbstractCamundaConfiguration {

    static final String MY_TASKS = "My tasks";
    static final String TEAM_UNASSIGNED = "My team's unassigned tasks";
    static final String DUE_WITHIN_7_DAYS = "Due within 7 days";
    static final String OVERDUE = "Overdue";
    static final List<Map<String, String>> WHOSE_TASK = List.of(Map.of("name", "childName", "label", "Child"),
            Map.of("name", "caseReference", "label", "Case"), Map.of("name", "dueOn", "label", "Statutory due date"));

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        FilterService filters = engine.getFilterService();
        TaskQuery mine = engine.getTaskService().createTaskQuery().taskAssigneeExpression("${currentUser()}");
        TaskQuery unassigned = engine.getTaskService().createTaskQuery()
                .taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned();
        TaskQuery dueSoon = engine.getTaskService().createTaskQuery()
                .dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusDays(7)}");
        TaskQuery overdue = engine.getTaskService().createTaskQuery().dueBeforeExpression("${now()}");

        ensure(engine, filters, MY_TASKS, -10, "Tasks assigned to me", mine);
        ensure(engine, filters, TEAM_UNASSIGNED, -5, "Tasks offered to my groups that nobody has taken", unassigned);
        ensure(engine, filters, DUE_WITHIN_7_DAYS, 0, "Statutory due date within the next 7 days", dueSoon);
        ensure(engine, filters, OVERDUE, 5, "Past the statutory due date", overdue);
    }

    private static void ensure(ProcessEngine engine, FilterService filters, String name, int priority,
                               String description, TaskQuery query) {
        Filter filter = filters.createTaskFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filters.newTaskFilter(name)
                    .setQuery(query)
                    .setProperties(new HashMap<>(Map.of("priority", priority, "description", description, "refresh", true)));
        }
        if (filter.getProperties() == null || filter.getProperties().get("variables") == null) {
            // whose task it is, on every card (TaskCaseVariables); kept if an administrator later changes them
            Map<String, Object> properties = new HashMap<>(filter.getProperties() == null ? Map.of() : filter.getProperties());
            properties.put("variables", WHOSE_TASK);
            filter.setProperties(properties);
            filters.saveFilter(filter);
        }
        for (String groupId : Groups.TASK_WORKERS) {
            GroupAuthorizations.grant(engine.getAuthorizationService(), groupId, Resources.FILTER, filter.getId(),
                    Permissions.READ);
        }
    }
}
