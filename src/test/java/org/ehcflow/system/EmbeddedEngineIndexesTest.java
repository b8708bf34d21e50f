package org.ehcflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.ehcflow.EhcFlowIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** On H2, an execution's variables are read through an index on both of the query's columns, not by a scan. */
@EhcFlowIntegrationTest
class EmbeddedEngineIndexesTest {

    @Autowired JdbcClient jdbc;

    @Test
    void anExecutionsVariablesAreReadThroughTheirOwnIndex() {
        String plan = jdbc.sql("explain select * from ACT_RU_VARIABLE where EXECUTION_ID_ = 'e' and TASK_ID_ is null")
                .query(String.class).single();
        assertThat(plan).contains("EHC_IDX_VARIABLE_EXECUTION");
    }
}
