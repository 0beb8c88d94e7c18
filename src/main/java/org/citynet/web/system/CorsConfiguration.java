package org.citynet.web.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets web pages on any origin read the SPARQL endpoint and the REST API (CORS). Reads are public, so no
 * credentials: the answer carries {@code Access-Control-Allow-Origin: *}. A browser may send
 * {@code Accept} and {@code Content-Type} (a POSTed {@code application/sparql-query} body needs a
 * preflight) and may read the headers that paging, caching, creation and the rate limit use
 * ({@code RateLimit}, {@code RateLimit-Policy}, {@code Retry-After}). Applied by Spring MVC to every matching
 * request, including preflight {@code OPTIONS}.
 */
@Configuration(proxyBeanMethods = false)
public class CorsConfiguration implements WebMvcConfigurer {

    /** {@code /x/**} also matches {@code /x} itself. */
    static final String[] PATHS = {"/sparql/**", "/api/**"};

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        for (String path : PATHS) {
            registry.addMapping(path)
                    .allowedOrigins("*")
                    .allowedMethods("GET", "POST", "OPTIONS")
                    .allowedHeaders(HttpHeaders.ACCEPT, HttpHeaders.CONTENT_TYPE)
                    .exposedHeaders(HttpHeaders.LINK, "X-Total-Count", HttpHeaders.ETAG, HttpHeaders.LOCATION,
                            HttpHeaders.RETRY_AFTER, "RateLimit", "RateLimit-Policy")
                    .allowCredentials(false)
                    .maxAge(3600);
        }
    }
}
