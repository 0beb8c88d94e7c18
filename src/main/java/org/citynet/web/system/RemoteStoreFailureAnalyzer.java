package org.citynet.web.system;

import org.apache.jena.atlas.web.HttpException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start-up that failed because a remote SPARQL store refused or did not answer a request
 * (reading its manifest, or loading), and names the settings to check. Registered in
 * {@code META-INF/spring.factories}.
 */
class RemoteStoreFailureAnalyzer extends AbstractFailureAnalyzer<HttpException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, HttpException cause) {
        int status = cause.getStatusCode();
        String description = "A request to the SPARQL store failed during start-up: "
                + (status > 0 ? "HTTP " + cause.getMessage() : cause.getMessage());
        String action = switch (status) {
            case 401, 403 -> "The store wants a user for this request: set citynet.store.username and "
                    + "citynet.store.password to a user it lets write, and citynet.store.update-endpoint if it "
                    + "takes updates elsewhere than at the dataset URL (Fuseki: /ds/update).";
            case 404, 405 -> "Check that citynet.store.location is the URL of a SPARQL 1.1 dataset, and set "
                    + "citynet.store.query-endpoint / update-endpoint if its services are elsewhere.";
            default -> "Check that the store at citynet.store.location is running and reachable.";
        };
        return new FailureAnalysis(description, action, cause);
    }
}
