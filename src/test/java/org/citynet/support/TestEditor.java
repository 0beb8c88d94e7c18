package org.citynet.support;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One configured user with a password made fresh for the run, for integration tests that commit a write
 * through the service's {@code POST /sparql} (SPARQL Update) to see what it changes; and such a write: one
 * membership of Espoo, with its source, in a graph of the test's own.
 */
public final class TestEditor {

    private static final String USER = "editor";
    private static final String PASSWORD = secret();
    private static final String ID = "https://w3id.org/citynet/id/";

    private TestEditor() {
    }

    /** The settings of {@link ServiceTestSupport#register} and the user (password as a BCrypt hash). */
    public static void register(DynamicPropertyRegistry registry) {
        ServiceTestSupport.register(registry);
        registry.add("citynet.security.users[0].name", () -> USER);
        // Cost 4, the least BCrypt has: the tests check what a write changes, not BCrypt's cost.
        registry.add("citynet.security.users[0].password",
                () -> "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD));
    }

    /** The value of the {@code Authorization} header for the user. */
    public static String authorization() {
        return "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** A SPARQL Update that adds {@code membership} of Espoo in Eurocities to {@code graph}. */
    public static String insertMembership(String graph, String membership) {
        return """
                PREFIX org: <http://www.w3.org/ns/org#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX dct: <http://purl.org/dc/terms/>
                INSERT DATA { GRAPH <%3$s> {
                  <%1$s> a org:Membership ; org:member <%2$scity/espoo> ;
                      org:organization <%2$snetwork/eurocities> ; org:role <%2$srole/member> ;
                      prov:wasDerivedFrom <https://example.org/source/cache-test> .
                  <https://example.org/source/cache-test> a prov:Entity ; dct:title "Test source"@en .
                } }
                """.formatted(membership, ID, graph);
    }

    private static String secret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
