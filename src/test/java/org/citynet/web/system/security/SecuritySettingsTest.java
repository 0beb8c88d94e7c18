package org.citynet.web.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.citynet.web.system.CitynetProperties;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.unit.DataSize;

/** What {@code citynet.security} accepts: BCrypt hashes only, unique names; and what they mean. */
class SecuritySettingsTest {

    /** Made with the README's command: htpasswd -nbBC 10 "" 'correct horse battery staple' | tr -d ':\n' */
    private static final String HTPASSWD_HASH = "$2y$10$ow81MgdoCGmi99fquZXAgubSv7T06VvvZDPtAJeSHyn6gV/eSJzEm";

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @Test
    void aHashMadeByHtpasswdIsAcceptedAndMatchesItsPassword() {
        CitynetProperties.User user = new CitynetProperties.User("editor", "{bcrypt}" + HTPASSWD_HASH);
        assertThat(encoder.matches("correct horse battery staple", user.password())).isTrue();
        assertThat(encoder.matches("correct horse battery stapler", user.password())).isFalse();
        assertThat(user.toString()).doesNotContain(HTPASSWD_HASH);
    }

    @Test
    void aHashMadeBySpringIsAccepted() {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode("s3cret");
        assertThat(encoder.matches("s3cret", new CitynetProperties.User("tool", hash).password())).isTrue();
    }

    @Test
    void plainPasswordsAndOtherSchemesAreRefusedWithoutRepeatingThem() {
        for (String password : List.of("{noop}s3cret", "s3cret", HTPASSWD_HASH, "{bcrypt}s3cret",
                "{sha256}0123456789abcdef")) {
            assertThatThrownBy(() -> new CitynetProperties.User("editor", password))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("editor")
                    .hasMessageNotContaining("s3cret");
        }
        assertThatThrownBy(() -> new CitynetProperties.User("a:b", "{bcrypt}" + HTPASSWD_HASH))
                .hasMessageContaining("colon");
    }

    @Test
    void namesAreUniqueAndNoCredentialsMeansWritesOff() {
        CitynetProperties.User user = new CitynetProperties.User("editor", "{bcrypt}" + HTPASSWD_HASH);
        assertThatThrownBy(() -> new CitynetProperties.Security(List.of(user, user), List.of(), DataSize.ofMegabytes(1)))
                .hasMessageContaining("'editor' twice");
        assertThat(new CitynetProperties.Security(List.of(), List.of(), DataSize.ofMegabytes(1)).hasCredentials())
                .isFalse();
        assertThat(new CitynetProperties.Security(List.of(user), null, DataSize.ofMegabytes(1)).hasCredentials())
                .isTrue();
    }

    @Test
    void writesAreOnWithCredentialsWhateverTheStore() {
        CitynetProperties.Security withUser = new CitynetProperties.Security(
                List.of(new CitynetProperties.User("editor", "{bcrypt}" + HTPASSWD_HASH)), List.of(),
                DataSize.ofMegabytes(1));
        assertThat(WriteAccess.of(properties("run/tdb2", withUser)).enabled()).isTrue();
        assertThat(WriteAccess.of(properties("http://localhost:3030/ds", withUser)).enabled())
                .as("a remote store is written through the service too, conditional on its version").isTrue();
        assertThat(WriteAccess.of(properties("http://localhost:3030/ds",
                new CitynetProperties.Security(List.of(), List.of(), DataSize.ofMegabytes(1)))).enabled()).isFalse();
        WriteAccess none = WriteAccess.of(properties("run/tdb2",
                new CitynetProperties.Security(List.of(), List.of(), DataSize.ofMegabytes(1))));
        assertThat(none.enabled()).isFalse();
        assertThatThrownBy(none::require).isInstanceOf(WritesDisabledException.class)
                .hasMessageContaining("no users or API tokens are configured");
    }

    private static CitynetProperties properties(String location, CitynetProperties.Security security) {
        return new CitynetProperties(java.net.URI.create("https://w3id.org/citynet/"), ".",
                new CitynetProperties.Store(location, false, null, null, null, null, null), null, null, null, null,
                security);
    }

    @Test
    void fusekisOwnUpdateUserIsGoneAndSaysSo() {
        assertThatThrownBy(() -> new CitynetProperties.Fuseki(true, 0, "/citynet", false, "admin", "pw"))
                .hasMessageContaining("no longer used").hasMessageContaining("citynet.security");
        assertThat(new CitynetProperties.Fuseki(true, 0, "/citynet", false, null, " ").enabled()).isTrue();
    }
}
