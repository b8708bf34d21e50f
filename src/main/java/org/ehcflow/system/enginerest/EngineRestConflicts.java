package org.ehcflow.system.enginerest;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/** Adds the 409 and 404 answers for concurrent changes to Camunda's REST API (/engine-rest), in place of its 500. */
@Component
class EngineRestConflicts implements ResourceConfigCustomizer {

    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
        config.register(ConcurrentChangeMapper.class);
        config.register(OptimisticLockingMapper.class);
        config.register(GoneMeanwhileMapper.class);
        config.register(TaskGoneMapper.class);
    }
}
