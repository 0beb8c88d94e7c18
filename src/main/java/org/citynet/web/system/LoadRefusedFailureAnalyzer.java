package org.citynet.web.system;

import org.citynet.kernel.load.LoadException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a start-up that failed because the files were refused (and the store had nothing to fall back
 * on) into Spring Boot's "APPLICATION FAILED TO START" report listing every problem with file, line and
 * column, instead of a stack trace. Registered in {@code META-INF/spring.factories}.
 */
class LoadRefusedFailureAnalyzer extends AbstractFailureAnalyzer<LoadException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, LoadException cause) {
        return new FailureAnalysis(
                "The knowledge graph could not be loaded, and the store holds no earlier load to serve instead.\n"
                        + cause.getMessage(),
                "Fix the files listed (./mvnw -q compile exec:java -Dexec.args=validate lists every problem), "
                        + "or point citynet.root at the folder holding ontology/ and data/, and start again.",
                cause);
    }
}
