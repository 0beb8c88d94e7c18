package org.citynet.query;

import java.util.List;

/** A {@code .rq} file in {@code queries/} that cannot be served, with every problem found in it. */
public class NamedQueryException extends RuntimeException {

    private final List<String> problems;

    public NamedQueryException(String name, List<String> problems) {
        super("queries/" + name + ".rq: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
