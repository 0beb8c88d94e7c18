package org.citynet.web.system;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.server.Compression;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers {@link CompressibleETags} first of all filters, so that it sees every tag any filter or handler
 * sets, with the types and size from which Tomcat compresses ({@code server.compression}); only when
 * compression is on.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "server.compression.enabled", havingValue = "true")
class CompressionConfiguration {

    @Bean
    FilterRegistrationBean<CompressibleETags> compressibleETags(ServerProperties server) {
        Compression compression = server.getCompression();
        FilterRegistrationBean<CompressibleETags> registration = new FilterRegistrationBean<>(
                new CompressibleETags(compression.getAllMimeTypes(), compression.getMinResponseSize().toBytes()));
        registration.setOrder(FilterOrder.COMPRESSIBLE_ETAGS);
        return registration;
    }
}
