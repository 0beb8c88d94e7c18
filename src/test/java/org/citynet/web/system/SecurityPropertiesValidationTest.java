package org.citynet.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * Each configured user and API token is validated where it is bound ({@code List<@Valid User>}): one that is
 * wrong stops start-up naming the property, and a right one starts it.
 */
class SecurityPropertiesValidationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CitynetProperties.class)
    static class Properties {
    }

    private static final String HASH = "{bcrypt}$2a$10$" + "a".repeat(53);

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class);

    @Test
    void aTokenWhoseHashIsNotASha256StopsStartUpNamingIt() {
        runner.withPropertyValues("citynet.security.tokens[0].name=harvester",
                "citynet.security.tokens[0].sha256=not-a-hash").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .hasMessageContaining("citynet.security.tokens[0].sha256")
                            .hasMessageContaining("64 hexadecimal digits");
                });
    }

    @Test
    void aUserWithoutANameStopsStartUpNamingIt() {
        runner.withPropertyValues("citynet.security.users[0].name= ", "citynet.security.users[0].password=" + HASH)
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .hasMessageContaining("citynet.security.users[0].name");
                });
    }

    @Test
    void rightUsersAndTokensStartIt() {
        runner.withPropertyValues("citynet.security.users[0].name=editor", "citynet.security.users[0].password=" + HASH,
                "citynet.security.tokens[0].name=harvester", "citynet.security.tokens[0].sha256=" + "ab".repeat(32))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    CitynetProperties.Security security = context.getBean(CitynetProperties.class).security();
                    assertThat(security.users()).extracting(CitynetProperties.User::name).containsExactly("editor");
                    assertThat(security.tokens()).extracting(CitynetProperties.ApiToken::name)
                            .containsExactly("harvester");
                });
    }
}
