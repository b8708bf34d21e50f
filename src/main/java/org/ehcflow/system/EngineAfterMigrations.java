package org.ehcflow.system;

import java.util.Set;

import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Builds Camunda's engine only after Flyway has migrated the product's tables. Otherwise whichever bean the context
 * happens to create first decides: an engine created first fills the empty schema with its ACT_* tables and Flyway
 * then refuses a non-empty schema with no history table. Registered in META-INF/spring.factories.
 */
class EngineAfterMigrations extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(ProcessEngineFactoryBean.class);
    }
}
