package org.citynet.web.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The service's content negotiation, configured once for Spring MVC: the {@code ContentNegotiationManager}
 * reads {@code format=}/{@code output=} and then {@code Accept} ({@link ContentNegotiation#strategies()}),
 * and two message converters write the answers: RDF graphs and datasets, and SPARQL results, each in the
 * format its Content-Type names by Jena RIOT's registry. The converters are beans because Spring Boot puts
 * every converter bean ahead of its own (so they are registered by it, once), and because the linked data
 * answers RDF with the same instance through a {@link MessageConverterView}.
 */
@Configuration(proxyBeanMethods = false)
class ContentNegotiationConfiguration implements WebMvcConfigurer {

    @Override
    public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
        configurer.strategies(ContentNegotiation.strategies());
    }

    @Bean
    static RdfMessageConverter rdfMessageConverter() {
        return new RdfMessageConverter();
    }

    @Bean
    static SparqlResultsMessageConverter sparqlResultsMessageConverter() {
        return new SparqlResultsMessageConverter();
    }
}
