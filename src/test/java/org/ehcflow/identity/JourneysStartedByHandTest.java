package org.ehcflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.ehcflow.EhcFlowIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The journeys Tasklist offers to start are exactly those officers and managers are granted to start. */
@EhcFlowIntegrationTest
class JourneysStartedByHandTest {

    @Autowired RepositoryService repository;

    @Test
    void startableInTasklistAreExactlyTheJourneysGrantedToBeStartedByHand() {
        assertThat(repository.createProcessDefinitionQuery().latestVersion().startableInTasklist().list())
                .extracting(ProcessDefinition::getKey)
                .containsExactlyInAnyOrderElementsOf(GroupAuthorizations.JOURNEYS_STARTED_BY_HAND);
    }
}
