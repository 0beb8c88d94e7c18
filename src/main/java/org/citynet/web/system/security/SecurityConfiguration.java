package org.citynet.web.system.security;

import java.util.List;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.citynet.web.system.CitynetProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Reads are public, writes need authentication. Two filter chains:
 * <ul>
 *   <li>{@link WriteRequests} (every unsafe method except a SPARQL query POSTed to {@code /sparql}):
 *       cross-origin browser requests refused, then HTTP Basic for the configured users or
 *       {@code Authorization: Bearer} for the configured API tokens; anything unauthenticated gets 401, or
 *       403 when the server takes no writes at all ({@link WriteAccess});</li>
 *   <li>everything else: public, and no credentials are even looked at, so a stray {@code Authorization}
 *       header cannot make a read fail or cost a password hash.</li>
 * </ul>
 * Both are stateless: no session, no cookie, no form login, no redirect, no saved request. CSRF tokens are
 * off because no request is authenticated by a cookie; the one credential a browser adds by itself (HTTP
 * Basic it once was given) is covered by {@link SameOriginWrites}. Spring Security's {@code Cache-Control:
 * no-store} is left off the public reads, which decide their own caching.
 */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(name = SecurityConfiguration.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "A user of citynet.security.users")
@SecurityScheme(name = SecurityConfiguration.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API token of citynet.security.tokens")
public class SecurityConfiguration {

    /** OpenAPI names of the two ways to authenticate, for {@code @SecurityRequirement} on write operations. */
    public static final String BASIC = "basic";
    public static final String BEARER = "bearer";

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);
    private static final List<GrantedAuthority> WRITER = List.of(new SimpleGrantedAuthority("ROLE_WRITER"));

    @Bean
    WriteAccess writeAccess(CitynetProperties properties) {
        WriteAccess access = WriteAccess.of(properties);
        CitynetProperties.Security config = properties.security();
        if (access.enabled()) {
            log.info("Writes enabled for {} users and {} API tokens", config.users().size(), config.tokens().size());
        } else if (config.hasCredentials()) {
            log.warn("Users or API tokens are configured, but writes are off: {}", access.reason());
        } else {
            log.info("Writes are off: {}", access.reason());
        }
        return access;
    }

    /** What each request costs in store time and credential checks, for the rate limit to charge. */
    @Bean
    CostMeter costMeter() {
        return new CostMeter();
    }

    /**
     * The one authentication manager: configured users (BCrypt) and API tokens (SHA-256). The time each check
     * takes is part of the request's cost ({@link CostMeter}): a BCrypt hash is slow on purpose.
     */
    @Bean
    AuthenticationManager writerAuthentication(CitynetProperties properties, CostMeter meter) {
        CitynetProperties.Security config = properties.security();
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(config.users().stream()
                .map(user -> User.withUsername(user.name()).password(user.password()).authorities(WRITER).build())
                .toList());
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        AuthenticationManager manager = new ProviderManager(passwords,
                new ApiTokenAuthenticationProvider(new ApiTokens(config.tokens()), WRITER));
        return authentication -> meter.measure(() -> manager.authenticate(authentication));
    }

    @Bean
    @Order(1)
    SecurityFilterChain writes(HttpSecurity http, AuthenticationManager writerAuthentication, WriteAccess access,
                               @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver)
            throws Exception {
        ProblemResponses problems = new ProblemResponses(resolver, access);
        AuthenticationFilter bearer = new AuthenticationFilter(writerAuthentication, new BearerTokenConverter());
        bearer.setSuccessHandler((request, response, authentication) -> { });
        bearer.setFailureHandler(new AuthenticationEntryPointFailureHandler(problems));
        stateless(http.securityMatcher(new WriteRequests()))
                .authenticationManager(writerAuthentication)
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .addFilterBefore(new SameOriginWrites(resolver), BasicAuthenticationFilter.class)
                .addFilterBefore(bearer, BasicAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(authorize -> {
                    if (access.enabled()) {
                        authorize.anyRequest().hasRole("WRITER");
                    } else {
                        authorize.anyRequest().denyAll();
                    }
                });
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain reads(HttpSecurity http) throws Exception {
        stateless(http)
                .httpBasic(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.cacheControl(cache -> cache.disable()))
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll());
        return http.build();
    }

    private static HttpSecurity stateless(HttpSecurity http) throws Exception {
        return http.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .rememberMe(AbstractHttpConfigurer::disable);
    }
}
