package org.transdesk.api.internal;

import jakarta.servlet.DispatcherType;
import java.util.Map;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/** The API's place in the servlet stack: its error guard in front, and a 404 for every address under /api/ that no call has. */
@Configuration
@ConditionalOnWebApplication
class ApiWebConfig {

    @Bean
    FilterRegistrationBean<ApiErrorGuard> apiErrorGuard() {
        FilterRegistrationBean<ApiErrorGuard> registration = new FilterRegistrationBean<>(new ApiErrorGuard());
        // every address: an error dispatch for an API request goes to /error, not to /api/...
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Tomcat's own refusals of API addresses as problem documents too: the valve takes over the host's error report. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> apiErrorReport() {
        return factory -> factory.addContextCustomizers(context -> {
            Pipeline pipeline = context.getParent().getPipeline();
            ApiErrorReportValve valve = new ApiErrorReportValve();
            valve.setShowReport(false);
            valve.setShowServerInfo(false);
            for (Valve existing : pipeline.getValves()) {
                if (existing instanceof ErrorReportValve report && !(existing instanceof ApiErrorReportValve)) {
                    pipeline.removeValve(report);
                }
            }
            pipeline.addValve(valve);
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ApiErrorReportValve.class.getName());
            }
        });
    }

    /**
     * Right after the controllers' mapping, before Vaadin's catch-all that would render the UI's
     * HTML page for an unknown API address. A known address with another method still meets the
     * controllers' 405 first, since their mapping looks at paths before this one is asked.
     */
    @Bean
    SimpleUrlHandlerMapping apiNotFoundMapping() {
        HttpRequestHandler notFound = (request, response) -> {
            throw new ApiNotFoundException("No API call at " + request.getRequestURI()
                    + ": the calls are listed in the OpenAPI description at /api/v1/openapi.json.");
        };
        SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(Map.of(ApiPaths.PREFIX + "**", notFound));
        mapping.setOrder(1);
        return mapping;
    }
}
