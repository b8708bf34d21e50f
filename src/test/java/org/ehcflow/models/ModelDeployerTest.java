package org.ehcflow.models;

import static org.assertj.core.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.ehcflow.EhcFlowIntegrationTest;
import org.ehcflow.EngineOnlyApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.ObjectMapper;

@EhcFlowIntegrationTest
class ModelDeployerTest {

    @Autowired RepositoryService repository;
    @Autowired ObjectMapper json;
    @Autowired ModelAudit audit;
    @TempDir Path root;

    final List<Deployment> created = new ArrayList<>();
    ModelDeployer deployer;

    @BeforeEach
    void models() throws IOException {
        Files.createDirectories(root.resolve("bpmn/sub"));
        Files.createDirectories(root.resolve("forms"));
        Bpmn.writeModelToFile(root.resolve("bpmn/deployer-test.bpmn").toFile(),
                Bpmn.createExecutableProcess("deployer-test").camundaHistoryTimeToLive(14610)
                        .startEvent().userTask().camundaFormRef("deployer-test-form").camundaFormRefBinding("deployment")
                        .endEvent().done());
        Bpmn.writeModelToFile(root.resolve("bpmn/sub/deployer-test-sub.bpmn").toFile(),
                Bpmn.createExecutableProcess("deployer-test-sub").camundaHistoryTimeToLive(14610)
                        .startEvent().endEvent().done());
        Files.writeString(root.resolve("forms/deployer-test.form"), form("deployer-test-form", 16));
        Files.writeString(root.resolve("bpmn/notes.txt"), "not a model");
        deployer = new ModelDeployer(new ModelsProperties(root.toString()), json, audit);
    }

    @AfterEach
    void removeTestDeployments() {
        created.forEach(d -> repository.deleteDeployment(d.getId(), true));
    }

    @Test
    void theApplicationDeployedTheProjectsModelsUnderRelativeNames() {
        Deployment latest = repository.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME)
                .orderByDeploymentTime().asc().list().get(0);
        assertThat(repository.getDeploymentResourceNames(latest.getId()))
                .contains("bpmn/advice-request.bpmn", "forms/provide-advice.form", "forms/chase-overdue-advice.form")
                .allSatisfy(name -> assertThat(name).matches("(bpmn|forms)/[a-z0-9-/]+\\.(bpmn|dmn|form)"));
    }

    @Test
    void deploysEveryModelOnceAndNothingWhileNothingChanges() {
        Deployment first = deploy();
        assertThat(first).isNotNull();
        assertThat(repository.getDeploymentResourceNames(first.getId())).containsExactlyInAnyOrder(
                "bpmn/deployer-test.bpmn", "bpmn/sub/deployer-test-sub.bpmn", "forms/deployer-test.form");

        assertThat(deploy()).isNull();
        assertThat(deploy()).isNull();
    }

    @Test
    void savingOneFormRedeploysAllModelsTogether() throws IOException {
        deploy();
        Path form = root.resolve("forms/deployer-test.form");
        Files.setLastModifiedTime(form, FileTime.from(Instant.now().plusSeconds(60)));

        Deployment next = deploy();
        assertThat(next).isNotNull();
        assertThat(repository.getDeploymentResourceNames(next.getId())).hasSize(3);
        assertThat(deploy()).isNull();

        Files.writeString(form, form("deployer-test-form", 15));
        assertThat(deploy()).isNotNull();
    }

    @Test
    void aVersionDeployedByAnotherPathDoesNotOutliveARestart() {
        Deployment folders = deploy();
        Deployment fromTheModeler = repository.createDeployment().name("from the Modeler")
                .addModelInstance("bpmn/deployer-test.bpmn", Bpmn.createExecutableProcess("deployer-test")
                        .camundaHistoryTimeToLive(14610).startEvent().endEvent().done())
                .deploy();
        created.add(fromTheModeler);

        Deployment again = deploy();

        assertThat(again).as("the folder's version deployed again").isNotNull();
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("deployer-test").latestVersion()
                .singleResult().getDeploymentId()).isEqualTo(again.getId()).isNotEqualTo(folders.getId());
        assertThat(deploy()).as("and then nothing, while nothing changes").isNull();
    }

    @Test
    void aFormDeployedByAnotherPathDoesNotOutliveARestartEither() {
        Deployment folders = deploy();
        Deployment fromTheModeler = repository.createDeployment().name("from the Modeler")
                .addString("forms/deployer-test.form", form("deployer-test-form", 14)).deploy();
        created.add(fromTheModeler);

        Deployment again = deploy();

        assertThat(again).as("the folder's version deployed again").isNotNull().isNotEqualTo(folders);
        assertThat(repository.getDeploymentResourceNames(again.getId())).contains("forms/deployer-test.form");
        assertThat(deploy()).as("and then nothing, while nothing changes").isNull();
    }

    @Test
    void aRemovedModelIsAChangeToo() throws IOException {
        deploy();
        Files.delete(root.resolve("bpmn/sub/deployer-test-sub.bpmn"));
        Deployment next = deploy();
        assertThat(repository.getDeploymentResourceNames(next.getId())).hasSize(2);
    }

    @Test
    void aBrokenProcessStopsStartUpNamingTheFileAndTheFault() throws IOException {
        Path model = root.resolve("bpmn/sub/deployer-test-sub.bpmn");
        String xml = Files.readString(model);
        Files.writeString(model, xml.substring(0, xml.length() / 2));
        assertThatThrownBy(this::deploy).isInstanceOf(ModelDeploymentException.class)
                .hasMessageContaining("bpmn/sub/deployer-test-sub.bpmn");
    }

    @Test
    void aProcessTheEngineRejectsNamesTheFileAndLine() throws IOException {
        Bpmn.writeModelToFile(root.resolve("bpmn/sub/deployer-test-sub.bpmn").toFile(),
                Bpmn.createExecutableProcess("deployer-test-sub").camundaHistoryTimeToLive(14610)
                        .startEvent().serviceTask("Task_DoNothing").endEvent().done());
        assertThatThrownBy(this::deploy).isInstanceOf(ModelDeploymentException.class)
                .hasMessageContaining("bpmn/sub/deployer-test-sub.bpmn line ")
                .hasMessageContaining("mandatory on serviceTask");
    }

    @Test
    void aBrokenFormStopsStartUpNamingTheFile() throws IOException {
        Files.writeString(root.resolve("forms/deployer-test.form"), "{ \"id\": \"deployer-test-form\", ");
        assertThatThrownBy(this::deploy).isInstanceOf(ModelDeploymentException.class)
                .hasMessageContaining("forms/deployer-test.form is not valid JSON");

        Files.writeString(root.resolve("forms/deployer-test.form"), form("deployer-test-form", 17));
        assertThatThrownBy(this::deploy).hasMessageContaining("forms/deployer-test.form has schemaVersion 17");

        Files.writeString(root.resolve("forms/deployer-test.form"), form("", 16));
        assertThatThrownBy(this::deploy).hasMessageContaining("forms/deployer-test.form has no \"id\"");
    }

    @Test
    void twoFormsWithOneIdAreRefused() throws IOException {
        Files.writeString(root.resolve("forms/copy.form"), form("deployer-test-form", 16));
        assertThatThrownBy(this::deploy).hasMessageContaining("both have the form id \"deployer-test-form\"");
    }

    @Test
    void aModelsFolderLinkedFromElsewhereIsFollowed(@TempDir Path elsewhere) throws IOException {
        Files.move(root.resolve("bpmn"), elsewhere.resolve("bpmn"));
        Files.createSymbolicLink(root.resolve("bpmn"), elsewhere.resolve("bpmn"));

        Deployment linked = deploy();
        assertThat(repository.getDeploymentResourceNames(linked.getId())).containsExactlyInAnyOrder(
                "bpmn/deployer-test.bpmn", "bpmn/sub/deployer-test-sub.bpmn", "forms/deployer-test.form");
    }

    /** How Kubernetes mounts a ConfigMap: each file a link into "..data", itself a link to a dated hidden folder. */
    @Test
    void aConfigMapMountDeploysEachModelOnceUnderItsOwnName() throws IOException {
        for (String folder : List.of("bpmn", "forms")) {
            Path mount = root.resolve(folder);
            Path dated = Files.createDirectories(mount.resolve("..2026_12_01_10_00_00.123"));
            try (var files = Files.list(mount)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.move(file, dated.resolve(file.getFileName()));
                    Files.createSymbolicLink(file, Path.of("..data").resolve(file.getFileName()));
                }
            }
            Files.createSymbolicLink(mount.resolve("..data"), dated.getFileName());
        }

        Deployment mounted = deploy();
        assertThat(repository.getDeploymentResourceNames(mounted.getId())).containsExactlyInAnyOrder(
                "bpmn/deployer-test.bpmn", "bpmn/sub/deployer-test-sub.bpmn", "forms/deployer-test.form");
    }

    @Test
    void modelsWithoutAnExecutableProcessStopStartUp() throws IOException {
        Files.delete(root.resolve("bpmn/deployer-test.bpmn"));
        Files.delete(root.resolve("bpmn/sub/deployer-test-sub.bpmn"));
        assertThatThrownBy(this::deploy).isInstanceOf(ModelDeploymentException.class)
                .hasMessageContaining("No executable process in " + root.toAbsolutePath().normalize() + "/bpmn")
                .hasMessageContaining("forms/deployer-test.form");
    }

    @Test
    void anEmptyModelsFolderKeepsTheEngineOnTheModelsDeployedBefore() {
        ModelDeployer nowhere = new ModelDeployer(new ModelsProperties(root.resolve("missing").toString()), json, audit);
        long before = repository.createDeploymentQuery().count();
        assertThat(nowhere.deploy(repository)).isNull();
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(before);
    }

    @Test
    void aServiceWithNoModelsAndNothingDeployedBeforeRefusesToStart() {
        assertThatThrownBy(() -> EngineOnlyApplication.start("ehcflow.models.root=" + root.resolve("missing")).close())
                .rootCause().isInstanceOf(ModelDeploymentException.class)
                .hasMessageContaining("No models under " + root.resolve("missing"));
    }

    private Deployment deploy() {
        Deployment deployment = deployer.deploy(repository);
        if (deployment != null) {
            created.add(deployment);
        }
        return deployment;
    }

    private static String form(String id, int schemaVersion) {
        return """
                {"id": "%s", "type": "default", "schemaVersion": %d,
                 "executionPlatform": "Camunda Platform", "executionPlatformVersion": "7.24.0",
                 "components": [{"id": "Field_Note", "key": "note", "type": "textfield", "label": "Note"}]}
                """.formatted(id, schemaVersion);
    }
}
