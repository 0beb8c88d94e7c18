package org.citynet.web.sparql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.apache.jena.fuseki.servlets.ActionService;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.citynet.web.system.CitynetProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * The embedded Fuseki on a real Jetty over an in-memory dataset, without the rest of the service: it
 * listens on loopback unless {@code citynet.fuseki.host} names another interface, and it sends the whole
 * dataset to one client at a time (a second gets 503 with {@code Retry-After} while the first is still being
 * sent; once that ends, the next is served).
 */
class EmbeddedFusekiTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private EmbeddedFuseki fuseki;

    @AfterEach
    void stop() {
        if (fuseki != null) {
            fuseki.stop();
        }
    }

    @Test
    void listensOnLoopbackByDefault() throws Exception {
        InetAddress external = nonLoopbackAddress();
        fuseki = start(DatabaseMgr.createDatasetGraph(), CitynetProperties.Fuseki.LOOPBACK);
        assertThat(ping("localhost")).isEqualTo(200);
        assertThatThrownBy(() -> new Socket().connect(new InetSocketAddress(external, fuseki.port()), 2000))
                .as("connecting through %s", external).isInstanceOf(ConnectException.class);
    }

    @Test
    void aConfiguredHostExposesIt() throws Exception {
        InetAddress external = nonLoopbackAddress();
        fuseki = start(DatabaseMgr.createDatasetGraph(), "0.0.0.0");
        assertThat(ping(external.getHostAddress())).isEqualTo(200);
        assertThat(fuseki.datasetUrl()).startsWith("http://localhost:");
    }

    @Test
    void theWholeDatasetGoesToOneClientAtATime() throws Exception {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        // About 15 MB of N-Quads: more than Jetty's socket buffer and the slow client's small window hold.
        Txn.executeWrite(dataset, () -> {
            for (int i = 0; i < 120_000; i++) {
                dataset.add(Quad.create(NodeFactory.createURI("https://example.org/graph/" + i % 10),
                        NodeFactory.createURI("https://example.org/subject/" + i),
                        NodeFactory.createURI("https://example.org/property/with/a/long/name"),
                        NodeFactory.createLiteralString("a literal of some length, number " + i)));
            }
        });
        fuseki = start(dataset, CitynetProperties.Fuseki.LOOPBACK);
        try (Socket slow = new Socket()) {
            slow.setReceiveBufferSize(4096);
            slow.connect(new InetSocketAddress("localhost", fuseki.port()));
            slow.getOutputStream().write(("GET /ds HTTP/1.1\r\nHost: localhost\r\nAccept: application/n-quads\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            slow.getOutputStream().flush();
            InputStream in = slow.getInputStream();
            assertThat(new String(in.readNBytes(12), StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200");
            Thread.sleep(1000);

            HttpResponse<String> second = get("/ds");
            assertThat(second.statusCode()).as("a second dataset read while the first is sent").isEqualTo(503);
            assertThat(second.headers().firstValue("Retry-After")).contains("30");
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int status;
        do {
            Thread.sleep(200);
            status = get("/ds").statusCode();
        } while (status != 200 && System.nanoTime() < deadline);
        assertThat(status).as("once the first client has gone").isEqualTo(200);
    }

    private EmbeddedFuseki start(DatasetGraph dataset, String host) {
        FusekiAnswers answers = new FusekiAnswers(statusAndHeaders());
        EmbeddedFuseki server = new EmbeddedFuseki(dataset, new CitynetProperties.Fuseki(true, 0, "/ds", host, null,
                null), new FusekiGuards(new Refused(), new FusekiGraphRead(null, answers), List.of(), host, 64 * 1024));
        server.start();
        return server;
    }

    /** Stands in for ErrorMapping: the refusal's status and headers, which is what these tests look at. */
    private static HandlerExceptionResolver statusAndHeaders() {
        return (request, response, handler, e) -> {
            if (!(e instanceof ErrorResponseException refusal)) {
                return null;
            }
            response.setStatus(refusal.getStatusCode().value());
            refusal.getHeaders().forEach((name, values) -> response.setHeader(name, values.get(0)));
            return new ModelAndView();
        };
    }

    /** No query operation in these tests. */
    private static final class Refused extends ActionService {

        @Override
        public void validate(HttpAction action) {
        }

        @Override
        public void execute(HttpAction action) {
            action.getResponse().setStatus(404);
        }
    }

    private int ping(String host) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://" + host + ":" + fuseki.port() + "/$/ping"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + fuseki.port() + path))
                .header("Accept", "application/n-quads").timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }


    /** An IPv4 address of this machine that is not loopback; the binding tests need one. */
    private static InetAddress nonLoopbackAddress() throws SocketException {
        Optional<InetAddress> address = NetworkInterface.networkInterfaces()
                .filter(network -> {
                    try {
                        return network.isUp() && !network.isLoopback();
                    } catch (SocketException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses).filter(Inet4Address.class::isInstance).findFirst();
        Assumptions.assumeTrue(address.isPresent(), "this machine has no network interface besides loopback");
        return address.get();
    }
}
