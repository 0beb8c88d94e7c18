package org.citynet.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.citynet.kernel.store.KnowledgeStore;
import org.citynet.kernel.store.QueryRunner;
import org.citynet.kernel.store.StoreFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dump writer on a small in-memory store: complete files, named by checksum, the same bytes for the same data. */
class DumpWriterTest {

    @TempDir
    Path directory;

    private KnowledgeStore store;
    private DumpWriter writer;

    @BeforeEach
    void storeWithTwoGraphs() {
        store = StoreFactory.open("mem", directory, StoreFactory.RemoteOptions.NONE);
        try (RDFConnection connection = store.connect()) {
            connection.update("""
                    INSERT DATA {
                      GRAPH <https://example.org/g1> { <https://example.org/a> <https://example.org/p> "ä"@fi . }
                      GRAPH <https://example.org/g2> { <https://example.org/a> <https://example.org/p> 1 ,  2 . }
                    }""");
        }
        writer = new DumpWriter(new QueryRunner(store), Duration.ofSeconds(30), directory);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void writesEveryQuadInEveryFormatIntoFilesNamedByTheirChecksum() throws Exception {
        Instant created = Instant.parse("2026-01-02T03:04:05Z");
        Map<DumpFormat, Dump> dumps = writer.write(created);
        assertThat(dumps).containsOnlyKeys(DumpFormat.values());
        for (Dump dump : dumps.values()) {
            byte[] bytes = Files.readAllBytes(dump.file());
            assertThat(dump.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
            assertThat(dump.size()).isEqualTo(bytes.length);
            assertThat(dump.created()).isEqualTo(created);
            assertThat(dump.file().getFileName().toString()).isEqualTo("citynet-" + dump.sha256() + dump.format().suffix());
            assertThat(parse(bytes, dump.format() == DumpFormat.TRIG ? Lang.TRIG : Lang.NQUADS).stream().count())
                    .isEqualTo(3);
        }
        try (var files = Files.list(directory)) {
            assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.endsWith(".partial"));
        }
    }

    @Test
    void theSameDataGivesTheSameBytesAndOtherDataOtherBytes() throws Exception {
        String first = writer.write(Instant.now()).get(DumpFormat.NQUADS).sha256();
        assertThat(writer.write(Instant.now()).get(DumpFormat.NQUADS).sha256()).isEqualTo(first);
        try (RDFConnection connection = store.connect()) {
            connection.update("INSERT DATA { GRAPH <https://example.org/g2> { <https://example.org/b> <https://example.org/p> 3 } }");
        }
        assertThat(writer.write(Instant.now()).get(DumpFormat.NQUADS).sha256()).isNotEqualTo(first);
    }

    private static DatasetGraph parse(byte[] gzip, Lang lang) throws Exception {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            RDFParser.source(in).lang(lang).parse(dataset);
        }
        return dataset;
    }
}
