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
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * /api and /engine-rest: HTTP Basic against Camunda's identity, no session. The Camunda webapps under /camunda
 * keep their own login (the same users), so this chain does not touch them.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiSecurity {

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

    private static final String CSP = "Content-Security-Policy";
    private static final String SWAGGER_UI = "/api/swagger-ui/**";

    @Bean
    SecurityFilterChain apiFilterChain(HttpSecurity http, IdentityService identity, ObjectMapper json) throws Exception {
        return http
                // Path patterns, not MVC patterns: /engine-rest is served by Camunda's Jersey servlet, not by Spring MVC.
                .securityMatcher(new OrRequestMatcher(path("/api/**"), path("/engine-rest/**")))
                .authorizeHttpRequests(requests -> {
                    for (ApiAccess.Rule rule : ApiAccess.RULES) {
                        requests.requestMatchers(matchers(rule)).hasAnyAuthority(authorities(rule.groups()));
                    }
                    requests.requestMatchers(engineCaseData()).hasAnyAuthority(CASE_WORKERS)
                            .anyRequest().authenticated();
                })
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityProblems.unauthorized(json)))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(SecurityProblems.unauthorized(json))
                        .accessDeniedHandler(SecurityProblems.forbidden(json)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless HTTP Basic: no cookie to forge a request with, so CSRF tokens protect nothing here.
                .csrf(csrf -> csrf.disable())
                .addFilterAfter(new EngineAuthenticationFilter(identity), BasicAuthenticationFilter.class)
                .addFilterBefore(new ForeignOriginFilter(json), BasicAuthenticationFilter.class)
                // JSON answers about children: never framed, never sniffed, never cached, never referred onwards. The
                // API's Swagger UI (/api/swagger-ui/) is a page: its own scripts, styles and images, nothing else.
                .headers(headers -> headers
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(path(SWAGGER_UI),
                                new StaticHeadersWriter(CSP, "default-src 'self'; img-src 'self' data:; "
                                        + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(path(SWAGGER_UI)),
                                new StaticHeadersWriter(CSP, "default-src 'none'; frame-ancestors 'none'")))
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

    private static RequestMatcher[] matchers(ApiAccess.Rule rule) {
        return rule.patterns().stream().map(pattern -> rule.method() == null ? path(pattern)
                : PathPatternRequestMatcher.withDefaults().matcher(rule.method(), pattern)).toArray(RequestMatcher[]::new);
    }

    private static String[] authorities(java.util.List<String> groups) {
        return groups.stream().map(group -> GROUP_PREFIX + group).toArray(String[]::new);
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }
}
