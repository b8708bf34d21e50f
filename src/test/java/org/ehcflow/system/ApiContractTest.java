package org.ehcflow.system;

import static org.assertj.core.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.ehcflow.EhcFlowIntegrationTest;
import org.ehcflow.ObservedApiAnswers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The OpenAPI contract (/api/docs) against the controllers and against what the tests saw: every /api operation is
 * documented with its answers, and every status the tests observed is documented (and, when the whole suite ran,
 * every status an operation states of its own was observed; the answers every operation of a kind gives, 401, the
 * groups' 403 and the retries' 422, are tested across the API by AuthorizationMatrixTest and the idempotency tests). Runs after every other test class (junit-platform.properties).
 */
@EhcFlowIntegrationTest
@Order(Integer.MAX_VALUE)
class ApiContractTest {

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping;

    JsonNode contract;

    @BeforeEach
    void readTheContract() throws Exception {
        var answer = http.withBasicAuth("officer1", "officer1").getForEntity("/api/docs/openapi", String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        contract = json.readTree(answer.getBody());
    }

    @Test
    void theContractAndSwaggerUiAreForSignedInUsers() {
        assertThat(http.getForEntity("/api/docs/openapi", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.getForEntity("/api/docs", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("designer1", "designer1").getForEntity("/api/docs", String.class).getStatusCode()
                .is4xxClientError()).isFalse();
    }

    @Test
    void everyApiOperationIsDocumentedWithItsAnswersAndWhoMayCallIt() {
        List<String> undocumented = new ArrayList<>();
        for (Operation operation : operations()) {
            JsonNode documented = documented(operation);
            if (documented.isMissingNode() || documented.path("responses").size() < 2
                    || !documented.path("description").asText().contains("Allowed: ")) {
                undocumented.add(operation.toString());
            }
        }
        assertThat(undocumented).as("operations without @ApiAnswers or missing from /api/docs").isEmpty();
    }

    @Test
    void everyOperationIsInOneOfTheGroupsNamedInPlainWords() {
        List<String> groups = new ArrayList<>();
        contract.path("tags").forEach(tag -> groups.add(tag.path("name").asText()));
        assertThat(groups).contains(ApiTags.CASES, ApiTags.INFORMATION_GOVERNANCE);
        for (Operation operation : operations()) {
            JsonNode tags = documented(operation).path("tags");
            assertThat(tags.size()).as(operation + "'s groups").isOne();
            assertThat(groups).as(operation + "'s group").contains(tags.get(0).asText());
        }
    }

    @Test
    void everyOperationTheReadmeNamesIsInTheContract() throws Exception {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
        java.util.regex.Matcher named = java.util.regex.Pattern.compile("(GET|POST|PUT|DELETE) (/api/[^\\s`?)]+)").matcher(readme);
        Set<String> documented = new TreeSet<>();
        contract.path("paths").properties().forEach(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase() + " " + placeholders(path.getKey()))));
        Set<String> missing = new TreeSet<>();
        int read = 0;
        while (named.find()) {
            read++;
            String operation = named.group(1) + " " + placeholders(named.group(2).replaceAll("\\{[^}]*\\|[^}]*}", "{}"));
            if (!documented.contains(operation)) {
                missing.add(operation);
            }
        }
        assertThat(read).isGreaterThan(20);
        assertThat(missing).as("operations the README names that /api/docs does not show").isEmpty();
    }

    private static String placeholders(String path) {
        return path.replaceAll("\\{[^}]*}", "{}");
    }

    @Test
    void everyAnswerTheTestsObservedIsDocumented() {
        Set<String> undocumented = new TreeSet<>();
        for (ObservedApiAnswers.Answer answer : ObservedApiAnswers.observed()) {
            JsonNode responses = documented(new Operation(answer.method(), answer.path())).path("responses");
            if (!responses.has(String.valueOf(answer.status()))) {
                undocumented.add(answer.method() + " " + answer.path() + " answered " + answer.status());
            }
        }
        assertThat(undocumented).as("statuses the tests saw that the contract does not state").isEmpty();
    }

    @Test
    void everyDocumentedAnswerWasObservedWhenTheWholeSuiteRan() {
        Set<ObservedApiAnswers.Answer> observed = ObservedApiAnswers.observed();
        List<Operation> operations = operations();
        List<Operation> neverCalled = operations.stream().filter(o -> observed.stream().noneMatch(o::is)).toList();
        assumeTrue(neverCalled.isEmpty(), "only when every operation was called, as in the whole suite; not called: "
                + neverCalled);
        // Answers only a race gives, which no test can bring about on demand; each is named with where it is tested.
        Set<String> onlyUnderARace = Set.of(
                "POST /api/caseloads/{officer}/reassign 409");   // a case moved meanwhile: ConcurrentRequestsTest, one case
        Set<String> unobserved = new TreeSet<>();
        for (Operation operation : operations) {
            documented(operation).path("responses").properties().forEach(response -> {
                boolean common = response.getValue().path(ApiContract.COMMON).asBoolean();
                int status = Integer.parseInt(response.getKey());
                if (!common && !onlyUnderARace.contains(operation + " " + status)
                        && !observed.contains(new ObservedApiAnswers.Answer(operation.method(), operation.path(), status))) {
                    unobserved.add(operation + " " + status);
                }
            });
        }
        assertThat(unobserved).as("statuses the contract states that no test saw").isEmpty();
    }

    record Operation(String method, String path) {

        boolean is(ObservedApiAnswers.Answer answer) {
            return method.equals(answer.method()) && path.equals(answer.path());
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (var entry : mapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            HandlerMethod handler = entry.getValue();
            if (!handler.getBeanType().getPackageName().startsWith("org.ehcflow")) {
                continue;
            }
            for (String path : info.getPatternValues()) {
                if (path.startsWith("/api/") && !path.startsWith("/api/docs") && !path.startsWith("/api/swagger-ui")) {
                    for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                        operations.add(new Operation(method.name(), path));
                    }
                }
            }
        }
        return operations;
    }

    private JsonNode documented(Operation operation) {
        return contract.path("paths").path(operation.path()).path(operation.method().toLowerCase());
    }
}
