package org.citynet.kernel.store;

import java.util.List;

import org.citynet.kernel.load.LoadProblem;

/**
 * A write whose result would violate the SHACL shapes; nothing of it was committed. Carries every
 * {@code sh:Violation} (focus node, path, value, shape, message) for the client. Answered with 422: the
 * request is well formed, its content is not acceptable.
 */
public class WriteRefusedException extends RuntimeException {

    private final List<LoadProblem> violations;

    WriteRefusedException(List<LoadProblem> violations) {
        super("The write would leave the knowledge graph violating its shapes (" + violations.size()
                + (violations.size() == 1 ? " violation" : " violations") + "). Nothing was written.");
        this.violations = List.copyOf(violations);
    }

    public List<LoadProblem> violations() {
        return violations;
    }
}
