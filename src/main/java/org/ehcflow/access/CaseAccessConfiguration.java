package org.ehcflow.access;

import org.ehcflow.caseload.WebappSession;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every request about a case through /api, and every case page, passes the access recorder. */
@Configuration
class CaseAccessConfiguration implements WebMvcConfigurer {

    private final CaseAccessLog log;
    private final WebappSession session;

    CaseAccessConfiguration(CaseAccessLog log, WebappSession session) {
        this.log = log;
        this.session = session;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new CaseAccessRecorder(log, session)).addPathPatterns("/api/cases", "/api/cases/**", "/cases", "/cases/*",
                "/api/reports/**", "/reports/**");
    }
}
