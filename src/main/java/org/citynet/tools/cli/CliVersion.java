package org.citynet.tools.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import org.apache.jena.Jena;

import picocli.CommandLine.IVersionProvider;

/**
 * {@code citynet --version}: the project's version (from {@code version.properties}, which the build fills
 * in) and the Jena and Java it runs on, which decide what a TDB2 store written by it can be read with.
 */
final class CliVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"citynet " + projectVersion(),
            "Apache Jena " + Jena.VERSION + ", Java " + Runtime.version()};
    }

    static String projectVersion() {
        Properties properties = new Properties();
        try (InputStream in = CliVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read version.properties", e);
        }
        return properties.getProperty("version", "(unknown version)");
    }
}
