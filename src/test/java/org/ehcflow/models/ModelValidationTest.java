package org.ehcflow.models;

import static org.assertj.core.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.ehcflow.deadline.DeadlineKey;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The architecture guide's rules, checked on every model a designer commits: each BPMN file is one executable
 * process named like its file, laid out (DI for every element), with a history time to live; user tasks have a
 * form that exists and travels with the deployment; side effects are asynchronous and retried; every timer
 * names a statutory deadline key; element ids say what they are. Forms are readable by Tasklist 7.24.
 */
class ModelValidationTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Pattern GENERATED_ID = Pattern.compile("(Activity|Gateway|Event|Flow|StartEvent|EndEvent|Task)_[0-9a-z]{7}");
    /** Timers that wait for a day someone fixed, not for a statutory deadline: the review meeting's day, the end of a
     * complainant's time to escalate under the council's policy. */
    private static final java.util.Set<String> SCHEDULED_EVENTS = java.util.Set.of("${reviews.meetingDayAt(execution)}",
            "${complaints.escalationClosesAt(execution)}");
    private static final Pattern TIMER_KEY = Pattern.compile("\\$\\{deadlines\\.(breachAt|warningAt)\\(execution, ('([A-Z0-9_]+)'|([a-z][A-Za-z]*Key))\\)}");
    /** Journeys holding a council's whole caseload of plans between reviews, started in bulk by an import. */
    private static final Set<String> BULK_JOURNEYS = Set.of("annual-review", "plan-review");
    private static final String PEOPLE_FIRST = "100";
    private static final Set<String> KEYS = Arrays.stream(DeadlineKey.values()).map(Enum::name).collect(Collectors.toSet());

    @TestFactory
    Stream<DynamicContainer> everyProcessModel() throws IOException {
        Map<String, Path> forms = formsById();
        return files("bpmn", ".bpmn").map(file -> DynamicContainer.dynamicContainer(ROOT.relativize(file).toString(),
                checks(file, Bpmn.readModelFromFile(file.toFile()), forms)));
    }

    @TestFactory
    Stream<DynamicTest> everyForm() throws IOException {
        ObjectMapper json = new ObjectMapper();
        return files("forms", ".form").map(file -> DynamicTest.dynamicTest(ROOT.relativize(file).toString(), () -> {
            JsonNode form = json.readTree(file.toFile());
            String name = file.getFileName().toString();
            assertThat(form.path("id").asText()).as("id = file name").isEqualTo(name.substring(0, name.length() - 5));
            assertThat(form.path("schemaVersion").asInt()).isBetween(1, FormCheck.NEWEST_SCHEMA_VERSION);
            assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
            assertThat(form.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
            form.path("components").forEach(component -> {
                if (component.has("key")) {
                    assertThat(component.path("label").asText(component.path("dateLabel").asText()))
                            .as("label of " + component.path("key").asText()).isNotBlank();
                }
                if ("datetime".equals(component.path("type").asText())) {
                    assertThat(component.path("subtype").asText()).as("dates are date pickers").isEqualTo("date");
                    assertThat(component.path("properties").path("recorded").asText())
                            .as("what the date of " + component.path("key").asText() + " records (RecordedDates)")
                            .isIn("done", "ahead", "any");
                    if (component.path("properties").has("notBefore")) {
                        assertThat(component.path("properties").path("notBeforeWhat").asText()).isNotBlank();
                    }
                }
            });
        }));
    }

    @TestFactory
    Stream<DynamicTest> thereAreModelsToCheck() {
        return Stream.of(DynamicTest.dynamicTest("bpmn/ and forms/ are not empty", () -> {
            assertThat(files("bpmn", ".bpmn")).isNotEmpty();
            assertThat(files("forms", ".form")).isNotEmpty();
        }));
    }

    private Stream<DynamicTest> checks(Path file, BpmnModelInstance model, Map<String, Path> forms) {
        String fileName = file.getFileName().toString().replace(".bpmn", "");
        String xml = read(file);
        return Stream.of(
                DynamicTest.dynamicTest("one executable process with the file's name and a history time to live", () -> {
                    Collection<Process> processes = model.getModelElementsByType(Process.class);
                    assertThat(processes).singleElement().satisfies(p -> {
                        assertThat(p.getId()).isEqualTo(fileName).matches("[a-z0-9]+(-[a-z0-9]+)*");
                        assertThat(p.isExecutable()).isTrue();
                        assertThat(p.getCamundaHistoryTimeToLiveString()).isNotBlank();
                        assertThat(p.getName()).isNotBlank();
                    });
                }),
                DynamicTest.dynamicTest("written for Camunda Platform 7.24", () -> assertThat(xml)
                        .contains("modeler:executionPlatform=\"Camunda Platform\"")
                        .contains("modeler:executionPlatformVersion=\"7.24.0\"")),
                DynamicTest.dynamicTest("every element is laid out", () -> {
                    Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                            .map(s -> s.getBpmnElement().getId()).collect(Collectors.toSet());
                    Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
                            .map(e -> e.getBpmnElement().getId()).collect(Collectors.toSet());
                    assertThat(model.getModelElementsByType(FlowNode.class)).allSatisfy(node ->
                            assertThat(shapes).as("shape of " + node.getId()).contains(node.getId()));
                    assertThat(model.getModelElementsByType(SequenceFlow.class)).allSatisfy(flow ->
                            assertThat(edges).as("edge of " + flow.getId()).contains(flow.getId()));
                }),
                DynamicTest.dynamicTest("every flow node is named and has a meaningful id", () ->
                        assertThat(model.getModelElementsByType(FlowNode.class)).allSatisfy(node -> {
                            assertThat(node.getName()).as("name of " + node.getId()).isNotBlank();
                            assertThat(GENERATED_ID.matcher(node.getId()).matches()).as(node.getId() + " is generated").isFalse();
                        })),
                DynamicTest.dynamicTest("every user task has a form from forms/, bound to the deployment", () ->
                        assertThat(model.getModelElementsByType(UserTask.class)).allSatisfy(task -> {
                            assertThat(task.getCamundaFormRef()).as("formRef of " + task.getId()).isNotBlank();
                            assertThat(forms).as("forms/ holds " + task.getCamundaFormRef()).containsKey(task.getCamundaFormRef());
                            assertThat(task.getCamundaFormRefBinding()).as("binding of " + task.getId()).isEqualTo("deployment");
                        })),
                DynamicTest.dynamicTest("offered in Tasklist's Start process only with a start form of its own", () -> {
                    Process process = model.getModelElementsByType(Process.class).iterator().next();
                    if (process.isCamundaStartableInTasklist()) {
                        assertThat(process.getChildElementsByType(StartEvent.class))
                                .filteredOn(start -> start.getEventDefinitions().isEmpty())
                                .as("a journey officers start in Tasklist has a none start event with a form from forms/")
                                .singleElement().satisfies(start -> assertThat(forms).containsKey(start.getCamundaFormRef()));
                    }
                }),
                DynamicTest.dynamicTest("every side effect is asynchronous and retried", () ->
                        assertThat(Stream.concat(model.getModelElementsByType(ServiceTask.class).stream(),
                                model.getModelElementsByType(SendTask.class).stream())).allSatisfy(task -> {
                            assertThat(task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "asyncBefore"))
                                    .as("asyncBefore of " + task.getId()).isEqualTo("true");
                            assertThat(retryCycle(task)).as("retry cycle of " + task.getId()).isNotBlank();
                        })),
                DynamicTest.dynamicTest("what a person waits for runs before bulk work (job priority)", () -> {
                    Process process = model.getModelElementsByType(Process.class).iterator().next();
                    if (!BULK_JOURNEYS.contains(process.getId())) {
                        assertThat(process.getCamundaJobPriority()).as("job priority of " + process.getId()).isEqualTo(PEOPLE_FIRST);
                        return;
                    }
                    assertThat(process.getCamundaJobPriority()).as("a bulk journey keeps the default priority").isNull();
                    assertThat(model.getModelElementsByType(FlowNode.class)).filteredOn(node -> expressionsOf(node).contains("deadlines.breached")
                                    || expressionsOf(node).contains("deadlines.escalate"))
                            .isNotEmpty()
                            .allSatisfy(node -> assertThat(node.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "jobPriority"))
                                    .as("a breach is handled before bulk work: " + node.getId()).isEqualTo(PEOPLE_FIRST));
                }),
                DynamicTest.dynamicTest("every timer names a statutory deadline key", () ->
                        assertThat(model.getModelElementsByType(TimerEventDefinition.class)).allSatisfy(timer -> {
                            String expression = timer.getTimeDate() != null ? timer.getTimeDate().getTextContent()
                                    : timer.getTimeDuration() != null ? timer.getTimeDuration().getTextContent()
                                    : timer.getTimeCycle() == null ? "" : timer.getTimeCycle().getTextContent();
                            if (SCHEDULED_EVENTS.contains(expression.strip())) {
                                return;
                            }
                            Matcher m = TIMER_KEY.matcher(expression.strip());
                            assertThat(m.matches()).as("timer " + ((BaseElement) timer.getParentElement()).getId()
                                    + ": ${deadlines.breachAt|warningAt(execution, 'KEY')} expected, got " + expression).isTrue();
                            if (m.group(3) != null) {
                                assertThat(KEYS).as("known key").contains(m.group(3));
                            } else {
                                assertThat(xml).as("a key variable is set by a listener that names the key")
                                        .containsPattern("deadlines\\.open\\(execution, " + m.group(4));
                            }
                        })));
    }

    /** The node's own expression and those of its execution listeners. */
    private static String expressionsOf(FlowNode node) {
        String own = String.valueOf(node.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "expression"));
        if (node.getExtensionElements() == null) {
            return own;
        }
        return own + node.getExtensionElements().getElementsQuery().filterByType(CamundaExecutionListener.class).list()
                .stream().map(CamundaExecutionListener::getCamundaExpression).collect(Collectors.joining(" "));
    }

    private static String retryCycle(BaseElement task) {
        if (task.getExtensionElements() == null) {
            return null;
        }
        return task.getExtensionElements().getElementsQuery().filterByType(CamundaFailedJobRetryTimeCycle.class).list()
                .stream().map(CamundaFailedJobRetryTimeCycle::getTextContent).findFirst().orElse(null);
    }

    private static Map<String, Path> formsById() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, Path> forms = new HashMap<>();
        for (Path file : files("forms", ".form").toList()) {
            forms.put(json.readTree(file.toFile()).path("id").asText(), file);
        }
        return forms;
    }

    private static Stream<Path> files(String folder, String ending) {
        try (Stream<Path> walk = Files.walk(ROOT.resolve(folder))) {
            return walk.filter(p -> p.toString().endsWith(ending)).sorted().toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
