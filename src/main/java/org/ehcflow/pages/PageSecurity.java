package org.ehcflow.pages;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The product's pages (/cases, /caseloads, /models, /reports) and the webapps' helpers (/tasklist): who may open each page is the
 * Camunda webapps' sign-in, checked by the page itself (PageUser); Spring Security guards every form they post with
 * its CSRF token (Thymeleaf writes it into each form) and adds its standard security headers.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class PageSecurity {

    @Bean
    SecurityFilterChain pageFilterChain(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return http
                .securityMatcher(new OrRequestMatcher(paths.matcher("/cases/**"), paths.matcher("/caseloads/**"),
                        paths.matcher("/models/**"), paths.matcher("/reports/**"), paths.matcher("/tasklist/**")))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }
}
