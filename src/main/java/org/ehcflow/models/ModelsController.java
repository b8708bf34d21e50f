package org.ehcflow.models;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The models' record and the moving of running cases to a new version: designers and administrators read, only
 * administrators move cases (see ApiSecurity).
 */
@RestController
class ModelsController {

    private final ModelAudit audit;
    private final ModelMigrations migrations;

    ModelsController(ModelAudit audit, ModelMigrations migrations) {
        this.audit = audit;
        this.migrations = migrations;
    }

    /** The record: every deployment (refused ones too) and every move of running cases, newest first. */
    record Record(List<ModelAudit.DeploymentRecord> deployments, List<ModelAudit.MigrationRecord> migrations) {
    }

    @GetMapping("/api/models/deployments")
    Record deployments() {
        return new Record(audit.deployments(), audit.migrations());
    }

    @GetMapping("/api/models/{processKey}/migration")
    MigrationReport preview(@PathVariable String processKey) {
        return migrations.preview(processKey);
    }

    @PostMapping("/api/models/{processKey}/migration")
    MigrationReport migrate(@PathVariable String processKey, Authentication caller) {
        return migrations.migrate(processKey, caller.getName());
    }
}
