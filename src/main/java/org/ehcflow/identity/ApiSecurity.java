package org.ehcflow.identity;

import static org.ehcflow.identity.CamundaIdentityAuthentication.GROUP_PREFIX;

import org.camunda.bpm.engine.IdentityService;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * /api and /engine-rest: HTTP Basic against Camunda's identity, no session. The Camunda webapps under /camunda
 * keep their own login (the same users), so this chain does not touch them.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiSecurity {

    /** Case data (personal data) is for the SEND team only; designers and partners get 403. */
    private static final String[] CASE_READERS = {GROUP_PREFIX + Groups.CASE_OFFICERS, GROUP_PREFIX + Groups.MANAGERS,
            GROUP_PREFIX + Groups.ADMINS};

    /** Bringing in a council's existing plans is a team-wide act: managers and administrators. */
    private static final String[] PLAN_IMPORTERS = {GROUP_PREFIX + Groups.MANAGERS, GROUP_PREFIX + Groups.ADMINS};

    /**
     * Caseloads, absences, the moving of cases and the reports (the team's figures and the DfE return) are the
     * managers' (and administrators'): officers get 403.
     */
    private static final String[] CASELOAD_MANAGERS = {GROUP_PREFIX + Groups.MANAGERS, GROUP_PREFIX + Groups.ADMINS};

    /** Models: designers and administrators read the record and the migration dry run; only administrators move cases. */
    private static final String[] MODEL_READERS = {GROUP_PREFIX + Groups.DESIGNERS, GROUP_PREFIX + Groups.ADMINS};

    /** Partner services submit advice for a case, each only its own kind (checked by the advice endpoint). */
    private static final String[] ADVISERS = {GROUP_PREFIX + Groups.SCHOOLS, GROUP_PREFIX + Groups.HEALTH,
            GROUP_PREFIX + Groups.EDUCATIONAL_PSYCHOLOGISTS, GROUP_PREFIX + Groups.SOCIAL_CARE};

    /**
     * Camunda's endpoints that hold cases (instances, their variables, tasks, jobs, history): for the people who work
     * cases. A process designer, who sees models only, is refused outright rather than shown empty lists.
     */
    private static final String[] CASE_WORKERS = {GROUP_PREFIX + Groups.CASE_OFFICERS, GROUP_PREFIX + Groups.MANAGERS,
            GROUP_PREFIX + Groups.HEALTH, GROUP_PREFIX + Groups.SOCIAL_CARE, GROUP_PREFIX + Groups.EDUCATIONAL_PSYCHOLOGISTS,
            GROUP_PREFIX + Groups.SCHOOLS, GROUP_PREFIX + Groups.ADMINS};
    private static final String[] ENGINE_CASE_DATA = {"process-instance", "execution", "variable-instance", "history",
            "task", "job", "incident", "external-task", "batch", "migration", "modification", "message", "signal",
            "event-subscription", "case-instance", "case-execution", "condition"};

    @Bean
    SecurityFilterChain apiFilterChain(HttpSecurity http, IdentityService identity, ObjectMapper json) throws Exception {
        return http
                // Path patterns, not MVC patterns: /engine-rest is served by Camunda's Jersey servlet, not by Spring MVC.
                .securityMatcher(new OrRequestMatcher(path("/api/**"), path("/engine-rest/**")))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(path("/api/cases/*/advice/*")).hasAnyAuthority(ADVISERS)
                        .requestMatchers(path("/api/cases/*/reassign"), path("/api/caseloads/**"), path("/api/cases/*/access-log"),
                                path("/api/reports/**"))
                        .hasAnyAuthority(CASELOAD_MANAGERS)
                        .requestMatchers(path("/api/cases/**")).hasAnyAuthority(CASE_READERS)
                        .requestMatchers(path("/api/plans/**")).hasAnyAuthority(PLAN_IMPORTERS)
                        .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(org.springframework.http.HttpMethod.POST,
                                "/api/models/**")).hasAuthority(GROUP_PREFIX + Groups.ADMINS)
                        .requestMatchers(path("/api/models/**")).hasAnyAuthority(MODEL_READERS)
                        .requestMatchers(engineCaseData()).hasAnyAuthority(CASE_WORKERS)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityProblems.unauthorized(json)))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(SecurityProblems.unauthorized(json))
                        .accessDeniedHandler(SecurityProblems.forbidden(json)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless HTTP Basic: no cookie to forge a request with, so CSRF tokens protect nothing here.
                .csrf(csrf -> csrf.disable())
                .addFilterAfter(new EngineAuthenticationFilter(identity), BasicAuthenticationFilter.class)
                .addFilterBefore(new ForeignOriginFilter(json), BasicAuthenticationFilter.class)
                // JSON answers about children: never framed, never sniffed, never cached, never referred onwards.
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    /** The case-data endpoints, by both of Camunda's addresses: /engine-rest/task and /engine-rest/engine/default/task. */
    private static RequestMatcher[] engineCaseData() {
        return java.util.Arrays.stream(ENGINE_CASE_DATA)
                .flatMap(name -> java.util.stream.Stream.of(path("/engine-rest/" + name + "/**"),
                        path("/engine-rest/engine/*/" + name + "/**")))
                .toArray(RequestMatcher[]::new);
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }
}
