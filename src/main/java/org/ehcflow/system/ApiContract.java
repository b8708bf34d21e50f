package org.ehcflow.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ehcflow.identity.ApiAccess;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The /api contract (springdoc, /api/docs): each operation's schemas as springdoc reads them from the controllers,
 * its statuses from {@link ApiAnswers}, every problem as RFC 9457 problem details, and the groups allowed from
 * {@link ApiAccess}, the rules the security filter enforces.
 */
@Configuration
class ApiContract {

    private static final Map<Integer, String> MEANING = Map.of(
            200, "Done; the answer",
            201, "Created; the answer is what was created (its address in Location)",
            204, "Done; nothing to answer",
            400, "Refused and nothing changed: `field` names what is wrong (`errors` lists each fault when there are several)",
            401, "Not signed in: sign in with HTTP Basic as a Camunda user",
            403, "Signed in, but not allowed this",
            404, "No such case, or no such thing in it",
            409, "Refused and nothing changed: it conflicts with the case as it stands, or with a change made meanwhile",
            415, "Refused: the body is not of the type the operation reads",
            422, "Refused: this Idempotency-Key was used before with another request");

    /** Marks the answers every operation of a kind gives (sign-in, groups, retries), tested across the API at once. */
    static final String COMMON = "x-ehcflow-common";

    @Bean
    OpenAPI ehcFlowApi() {
        return new OpenAPI()
                .info(new Info().title("EHC Flow API").version("1")
                        .description("Cases, deadlines, caseloads, appeals, complaints and reports of a council's SEND "
                                + "team. Dates are YYYY-MM-DD. Every request signs in with HTTP Basic as a Camunda user;"
                                + " each operation names the groups allowed it. Camunda's own REST API is at /engine-rest."))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSchemas("Problem", problem()))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .tags(new ArrayList<>(ApiTags.ALL));
    }

    @Bean
    OperationCustomizer answersAndGroups() {
        return (operation, handler) -> {
            ApiAnswers answers = handler.getMethodAnnotation(ApiAnswers.class);
            if (answers == null) {
                return operation;   // an undocumented operation: ApiContractTest names it
            }
            List<String> groups = ApiAccess.groupsFor(method(handler), path(handler));
            ApiResponses responses = new ApiResponses();
            ApiResponse success = operation.getResponses() == null ? null : operation.getResponses().get("200");
            responses.addApiResponse(String.valueOf(answers.value()), answers.value() == 204 || success == null
                    ? new ApiResponse().description(MEANING.get(answers.value()))
                    : success.description(MEANING.get(answers.value())));
            Set<Integer> own = new LinkedHashSet<>(Arrays.stream(answers.problems()).boxed().toList());
            Set<Integer> common = new LinkedHashSet<>(List.of(401));
            if (!groups.isEmpty()) {
                common.add(403);
            }
            if (method(handler) == HttpMethod.POST || method(handler) == HttpMethod.PUT) {
                common.add(422);   // IdempotencyFilter: a key used before with another request
            }
            if (operation.getRequestBody() != null) {
                common.add(415);   // a body of another type than the operation reads
            }
            common.removeAll(own);
            java.util.stream.Stream.concat(own.stream(), common.stream()).sorted().forEach(status -> {
                ApiResponse problem = problemResponse(status, groups);
                if (common.contains(status)) {
                    problem.addExtension(COMMON, true);
                }
                responses.addApiResponse(String.valueOf(status), problem);
            });
            operation.setResponses(responses);
            String allowed = "Allowed: " + (groups.isEmpty() ? "any signed-in user" : String.join(", ", groups)) + ".";
            operation.setDescription(operation.getDescription() == null ? allowed : operation.getDescription() + "\n\n" + allowed);
            return operation;
        };
    }

    private static ApiResponse problemResponse(int status, List<String> groups) {
        String meaning = status == 403 && !groups.isEmpty()
                ? "Signed in, but not in one of the groups allowed (" + String.join(", ", groups) + ")"
                : MEANING.getOrDefault(status, "Refused");
        return new ApiResponse().description(meaning).content(new Content().addMediaType("application/problem+json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problem() {
        return new ObjectSchema().description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Bad Request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("child.dateOfBirth must be a date, YYYY-MM-DD"))
                .addProperty("instance", new StringSchema().example("/api/cases"))
                .addProperty("field", new StringSchema().example("child.dateOfBirth")
                        .description("The field at fault, on a 400"))
                .addProperty("errors", new ObjectSchema().description("Every field at fault and why, when there are several"));
    }

    static HttpMethod method(HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        return mapping == null || mapping.method().length == 0 ? HttpMethod.GET : HttpMethod.valueOf(mapping.method()[0].name());
    }

    static String path(HandlerMethod handler) {
        RequestMapping onClass = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RequestMapping.class);
        RequestMapping onMethod = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        return first(onClass) + first(onMethod);
    }

    private static String first(RequestMapping mapping) {
        return mapping == null || mapping.path().length == 0 ? "" : mapping.path()[0];
    }
}
