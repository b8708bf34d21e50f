package org.ehcflow.models;

import java.util.List;

import org.ehcflow.system.ApiAnswers;
import org.ehcflow.system.ApiTags;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The models' record and the moving of running cases to a new version: designers and administrators read, only
 * administrators move cases (see ApiSecurity).
 */
@Tag(name = ApiTags.MODELS)
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

    @Operation(summary = "The models' record", description = """
            The record, newest first (200 of each): `deployments`, each with `deploymentId`, `name`, `source`
            (`Camunda Modeler`, the folder's fingerprint), `deployedBy`, `deployedAt`, `outcome` (DEPLOYED or
            REFUSED), `files`, `report` (the rules' findings); and `migrations`, each with `processKey`,
            `fromVersion`, `toVersion`, `requestedBy`, `requestedAt`, `batchId`, `instancesMoved`, `instancesLeft`,
            `leftWaitingIn`. Designers and administrators""")
    @ApiAnswers(200)
    @GetMapping("/api/models/deployments")
    Record deployments() {
        return new Record(audit.deployments(), audit.migrations());
    }

    @Operation(summary = "Dry run of moving running cases to a journey's newest version", description = """
            The dry run of moving a journey's running cases to its newest version: `latest` and, for each
            `olderVersions` entry still running cases, `runningCases`, `waitingIn` (`activityId`, `name`, `cases`),
            `mapsEveryCase`, `unmapped` (the steps the newest version lacks: their cases would stay) and `problem`;
            with `migrations` made so far (`requestedBy`, `requestedAt`, `casesMoved`, `casesLeft`, `leftWaitingIn`,
            `status` RUNNING/DONE/FAILED, `failures`). Designers and administrators""")
    @ApiAnswers(value = 200, problems = 404)
    @GetMapping("/api/models/{processKey}/migration")
    MigrationReport preview(@PathVariable String processKey) {
        return migrations.preview(processKey);
    }

    @Operation(summary = "Move running cases to a journey's newest version", description = """
            Administrators: moves every case of an older version whose every waiting step maps to the newest
            version, as a Camunda batch per version; cases keep their variables, statutory clocks and timer dates.
            Answers the report above. One move of a journey at a time: while a batch still works, 409""")
    @ApiAnswers(value = 200, problems = {404, 409})
    @PostMapping("/api/models/{processKey}/migration")
    MigrationReport migrate(@PathVariable String processKey, Authentication caller) {
        return migrations.migrate(processKey, caller.getName());
    }
}
