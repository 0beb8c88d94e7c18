package org.citynet.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Web settings of the REST API: every answer's labels depend on Accept-Language, so every answer says so
 * ({@code Vary: Accept-Language}) and shared caches keep one copy per language.
 */
@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration implements WebMvcConfigurer {

    static final String[] PATHS = {"/api/cities/**", "/api/networks/**", "/api/agreements/**", "/api/themes/**",
            "/api/compare", "/api/compare/**"};

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new VaryByLanguage()).addPathPatterns(PATHS);
    }

    /** Set before the handler runs, so that error answers carry it too. */
    private static final class VaryByLanguage implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
            return true;
        }
    }
}
