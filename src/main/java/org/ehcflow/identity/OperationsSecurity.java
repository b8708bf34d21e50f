package org.ehcflow.identity;

import static org.ehcflow.identity.CamundaIdentityAuthentication.GROUP_PREFIX;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * /actuator: the health status (UP or DOWN, nothing more) is anyone's, so that a load balancer or an orchestrator can
 * probe it; its details and the metrics are for administrators and the service-monitoring group only, by HTTP Basic
 * against Camunda's identity. Every other actuator endpoint is refused.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class OperationsSecurity {

    static final String[] OPERATORS = {GROUP_PREFIX + Groups.ADMINS, GROUP_PREFIX + Groups.MONITORING};

    @Bean
    @Order(1)
    SecurityFilterChain operationsFilterChain(HttpSecurity http, ObjectMapper json) throws Exception {
        return http
                .securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .requestMatchers(EndpointRequest.to("prometheus")).hasAnyAuthority(OPERATORS)
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityProblems.unauthorized(json)))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(SecurityProblems.unauthorized(json))
                        .accessDeniedHandler(SecurityProblems.forbidden(json)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
