package org.ehcflow.system.enginerest;

import java.util.List;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * Adds to Camunda's REST API (/engine-rest), in place of its 500: 409 and 404 for concurrent changes, 400 naming the
 * field for a value a journey's step refuses. ({@link WebappEngineRestRefusals} adds them to the webapps' own.)
 */
@Component
class EngineRestConflicts implements ResourceConfigCustomizer {

    static final List<Class<?>> MAPPERS = List.of(ConcurrentChangeMapper.class, OptimisticLockingMapper.class,
            GoneMeanwhileMapper.class, TaskGoneMapper.class, RefusedFieldMapper.InRestException.class,
            RefusedFieldMapper.InEngineException.class, RefusedFieldMapper.AsThrown.class,
            RejectedModelMapper.InRestException.class, RejectedModelMapper.InEngineException.class,
            RunningCasesMapper.InRestException.class, RunningCasesMapper.InEngineException.class,
            RefusedConflictMapper.InRestException.class, RefusedConflictMapper.InEngineException.class,
            RefusedConflictMapper.AsThrown.class, IdentityRefusalMapper.InRestException.class,
            IdentityRefusalMapper.InEngineException.class);

    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
        MAPPERS.forEach(config::register);
    }
}
