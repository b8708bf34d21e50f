package org.ehcflow.models;

import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Supplier;

import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.migration.AbstractMigrationCmd;
import org.camunda.bpm.engine.impl.migration.MigrationPlanExecutionBuilderImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.ehcflow.system.EngineCommandHooks;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Records every move of running cases, whichever path asked for it: the product's own (which records it with what
 * stayed, see {@link ModelMigrations}) or Camunda's (Cockpit, /engine-rest/migration, the Java API), in the same
 * transaction as the move, so a move that fails leaves no record.
 */
@Component
@Order(46)
class MigrationRecorder extends AbstractCamundaConfiguration {

    private static final ThreadLocal<Boolean> CALLER_RECORDS = new ThreadLocal<>();
    private static final Field EXECUTION_BUILDER = EngineCommandHooks.field(AbstractMigrationCmd.class, "executionBuilder",
            "the migration recorder");

    private final ModelAudit audit;

    MigrationRecorder(ModelAudit audit) {
        this.audit = audit;
    }

    /** Runs a migration its caller records itself, with more than this recorder knows. */
    static <T> T recordedByTheCaller(Supplier<T> migration) {
        CALLER_RECORDS.set(true);
        try {
            return migration.get();
        } finally {
            CALLER_RECORDS.remove();
        }
    }

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        EngineCommandHooks.intercept(configuration, new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                if (command instanceof AbstractMigrationCmd migration && CALLER_RECORDS.get() == null) {
                    MigrationPlanExecutionBuilderImpl builder = EngineCommandHooks.read(EXECUTION_BUILDER, migration);
                    return next.execute(context -> {
                        T result = command.execute(context);
                        record(context, builder, result instanceof Batch batch ? batch.getId() : null);
                        return result;
                    });
                }
                return next.execute(command);
            }
        });
    }

    private void record(CommandContext context, MigrationPlanExecutionBuilderImpl builder, String batchId) {
        context.runWithoutAuthorization(() -> {
            var repository = context.getProcessEngineConfiguration().getRepositoryService();
            ProcessDefinition from = repository.getProcessDefinition(builder.getMigrationPlan().getSourceProcessDefinitionId());
            ProcessDefinition to = repository.getProcessDefinition(builder.getMigrationPlan().getTargetProcessDefinitionId());
            long cases = (builder.getProcessInstanceIds() == null ? 0 : builder.getProcessInstanceIds().size())
                    + (builder.getProcessInstanceQuery() == null ? 0 : builder.getProcessInstanceQuery().count());
            String user = context.getAuthenticatedUserId();
            audit.migrated(new ModelAudit.MigrationRecord(0, from.getKey(), from.getId(), from.getVersion(), to.getId(),
                    to.getVersion(), user == null ? ModelAudit.SYSTEM : user, ModelAudit.THROUGH_ENGINE,
                    OffsetDateTime.now(ZoneOffset.UTC), batchId, (int) cases, 0, ""));
            return null;
        });
    }
}
