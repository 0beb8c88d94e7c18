package org.citynet.support;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.citynet.CitynetApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One run of the whole citynet application in this JVM, started the way {@code main} starts it, for tests
 * that stop and start the service (restarts, reloads, a second service on the same store). Settings are
 * passed as {@code --name=value} arguments, because {@code SpringApplicationBuilder.properties} only sets
 * defaults, which {@code application.yaml} overrides. Close it to stop the service and release its store.
 */
public final class ServiceRun implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private ServiceRun(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * Starts the service on a random HTTP port.
     *
     * @param settings  citynet and Spring settings, e.g. {@code citynet.root}
     * @param arguments further program arguments, e.g. {@code --reload}
     */
    public static ServiceRun start(Map<String, String> settings, String... arguments) {
        List<String> args = new ArrayList<>();
        args.add("--server.port=0");
        settings.forEach((name, value) -> args.add("--" + name + "=" + value));
        args.addAll(List.of(arguments));
        return new ServiceRun(new SpringApplicationBuilder(CitynetApplication.class).run(args.toArray(String[]::new)));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Whether the application has a bean of this type at all. */
    public boolean hasBean(Class<?> type) {
        return context.getBeanProvider(type).getIfAvailable() != null;
    }

    /** A URL on the service's HTTP port, e.g. {@code url("/actuator/info")}. */
    public URI url(String path) {
        return URI.create("http://localhost:" + context.getEnvironment().getProperty("local.server.port") + path);
    }

    @Override
    public void close() {
        context.close();
    }
}
