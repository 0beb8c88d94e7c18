package org.citynet.web.api.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.citynet.web.system.CitynetProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The catalog bean alone: loaded from {root}/queries, and a broken file stops the context naming it. */
class NamedQueryConfigurationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CitynetProperties.class)
    static class Properties {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class, NamedQueryConfiguration.class);

    @Test
    void loadsTheQueriesOfTheRoot(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("queries"));
        Files.writeString(root.resolve("queries/all.rq"), "#+ summary: Everything\nSELECT * WHERE { ?s ?p ?o }");
        runner.withPropertyValues("citynet.root=" + root).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(NamedQueryCatalog.class).find("all")).isPresent();
        });
    }

    @Test
    void aBrokenFileStopsStartUpNamingFileAndProblem(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("queries"));
        Files.writeString(root.resolve("queries/good.rq"), "#+ summary: ok\nSELECT * WHERE { ?s ?p ?o }");
        Files.writeString(root.resolve("queries/broken.rq"), "#+ summary: broken\n#+ pagination: 10\n"
                + "SELECT * WHERE { ?s ?p ?o }");
        runner.withPropertyValues("citynet.root=" + root).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .isInstanceOf(NamedQueryException.class)
                    .hasMessageContaining("queries/broken.rq")
                    .hasMessageContaining("ORDER BY")
                    .hasMessageNotContaining("good.rq");
        });
    }
}
