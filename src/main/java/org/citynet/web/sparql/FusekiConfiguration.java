package org.citynet.web.sparql;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.Filter;

import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.LocalKnowledgeStore;
import org.citynet.kernel.store.StoreFactory;
import org.citynet.web.system.CitynetProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The embedded Fuseki, for local stores only (a remote store is served by its own server), unless
 * {@code citynet.fuseki.enabled=false}. In remote mode there is no {@link EmbeddedFuseki} bean at all;
 * beans that mention it take an {@code ObjectProvider<EmbeddedFuseki>}.
 *
 * <p>Fuseki's port is public like the service's, so it gets the service's guards: its query and Graph Store
 * read operations are answered by the service's {@link SparqlEndpoint} and {@link GraphReads}, and the
 * service's rate limit (when on) and request limits — the same filter instances, so one client has one
 * allowance across both ports — run in front of Fuseki's dispatch.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "citynet.fuseki.enabled", havingValue = "true", matchIfMissing = true)
@Conditional(FusekiConfiguration.LocalStore.class)
class FusekiConfiguration {

    private static final Logger log = LoggerFactory.getLogger(FusekiConfiguration.class);
    private static final DataSize JETTY_HEADER_DEFAULT = DataSize.ofKilobytes(8);

    @Bean
    EmbeddedFuseki embeddedFuseki(KnowledgeStore store, CitynetProperties properties, SparqlEndpoint endpoint,
            GraphReads graphReads, @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver,
            @Qualifier("rateLimitFilter") ObjectProvider<FilterRegistrationBean<?>> rateLimit,
            @Qualifier("requestLimits") FilterRegistrationBean<?> requestLimits, Environment environment) {
        FusekiAnswers answers = new FusekiAnswers(resolver);
        List<Filter> guards = new ArrayList<>();
        rateLimit.ifAvailable(registration -> guards.add(registration.getFilter()));
        guards.add(requestLimits.getFilter());
        log.info("Embedded Fuseki guarded by {}", guards.stream().map(filter -> filter.getClass().getSimpleName())
                .toList());
        // The condition below has made sure of it: the one store of a local location is a LocalKnowledgeStore.
        DataSize headers = Binder.get(environment).bind("server.max-http-request-header-size", DataSize.class)
                .orElse(JETTY_HEADER_DEFAULT);
        return new EmbeddedFuseki(((LocalKnowledgeStore) store).dataset(), properties.fuseki(),
                new FusekiGuards(new FusekiQuery(endpoint, answers), new FusekiGraphRead(graphReads, answers), guards,
                        properties.fuseki().host(), (int) headers.toBytes()));
    }

    /**
     * Matches unless {@code citynet.store.location} is an http(s) URL. Decided from the configuration,
     * not from the store bean, because conditions are evaluated before any bean exists.
     */
    static final class LocalStore extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String location = Binder.get(context.getEnvironment())
                    .bind("citynet.store.location", String.class).orElse("");
            return StoreFactory.isRemote(location)
                    ? ConditionOutcome.noMatch("citynet.store.location is the remote store " + location)
                    : ConditionOutcome.match("citynet.store.location is a local store");
        }
    }
}
