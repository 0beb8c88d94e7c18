package org.citynet.web.system;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Registers {@link RequestLimits} ahead of Spring Security's filter chain (order -100) and after the rate
 * limit (-110), so that an oversized request costs neither authentication nor parsing.
 */
@Configuration(proxyBeanMethods = false)
class RequestLimitsConfiguration {

    /** Tomcat's own default for {@code server.tomcat.max-http-form-post-size}. */
    private static final DataSize TOMCAT_FORM_DEFAULT = DataSize.ofMegabytes(2);

    @Bean
    FilterRegistrationBean<RequestLimits> requestLimits(CitynetProperties properties, Environment environment,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
        DataSize form = Binder.get(environment).bind("server.tomcat.max-http-form-post-size", DataSize.class)
                .orElse(TOMCAT_FORM_DEFAULT);
        FilterRegistrationBean<RequestLimits> registration =
                new FilterRegistrationBean<>(new RequestLimits(properties, form.toBytes(), resolver));
        registration.setOrder(FilterOrder.REQUEST_LIMITS);
        return registration;
    }
}
