package org.ehcflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.ehcflow.EhcFlowIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@EhcFlowIntegrationTest
class EngineMappingDocumentsTest {

    @Autowired ProcessEngineConfigurationImpl engine;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;

    @Test
    void theMappingsParsedDocumentsAreLetGoOnceTheEngineIsBuilt() {
        assertThat(engine.getSqlSessionFactory().getConfiguration().getSqlFragments()).isEmpty();
    }

    @Test
    void statementsBuiltFromFragmentsStillRun() {
        // Both queries include the engine's shared fragments (paging, ordering, the authorization check).
        assertThat(tasks.createTaskQuery().taskCandidateGroup("case-officers").orderByDueDate().asc().listPage(0, 5)).isNotNull();
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("annual-review").count()).isNotNegative();
    }
}
