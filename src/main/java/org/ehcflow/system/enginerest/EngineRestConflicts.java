package org.ehcflow.system.enginerest;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * Adds to Camunda's REST API (/engine-rest), in place of its 500: 409 and 404 for concurrent changes, 400 naming the
 * field for a value a journey's step refuses.
 */
@Component
class EngineRestConflicts implements ResourceConfigCustomizer {

    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
        config.register(ConcurrentChangeMapper.class);
        config.register(OptimisticLockingMapper.class);
        config.register(GoneMeanwhileMapper.class);
        config.register(TaskGoneMapper.class);
        config.register(RefusedFieldMapper.InRestException.class);
        config.register(RefusedFieldMapper.InEngineException.class);
        config.register(RefusedFieldMapper.AsThrown.class);
    }
}
