package org.ehcflow.system.enginerest;

import java.util.stream.Collectors;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.stereotype.Component;

/**
 * Tasklist and Cockpit do not call /engine-rest but a REST application of their own under /camunda/api/engine,
 * which would show a person the engine's exception text (a class name, or an empty message). The same answers as
 * /engine-rest's are registered there: a refused value is a sentence naming the field, a concurrent change a 409.
 */
@Component
class WebappEngineRestRefusals implements ServletContextInitializer {

    /** The name Camunda's webapp starter registers its engine REST servlet under. */
    static final String WEBAPP_ENGINE_API = "Engine Api";

    private final CamundaBpmProperties camunda;

    WebappEngineRestRefusals(CamundaBpmProperties camunda) {
        this.camunda = camunda;
    }

    @Override
    public void onStartup(ServletContext context) {
        // Camunda's initializer has no order: it registers the servlet unless it finds it registered already.
        ServletRegistration engineApi = context.getServletRegistration(WEBAPP_ENGINE_API);
        if (engineApi == null) {
            engineApi = context.addServlet(WEBAPP_ENGINE_API, ServletContainer.class);
            engineApi.addMapping(camunda.getWebapp().getApplicationPath() + "/api/engine/*");
            engineApi.setInitParameter("jakarta.ws.rs.Application", EngineRestApplication.class.getName());
        }
        engineApi.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES, EngineRestConflicts.MAPPERS.stream()
                .map(Class::getName).collect(Collectors.joining(",")));
    }
}
