package org.citynet.web.api.queries;

import java.util.List;

/** A {@code .rq} file in {@code queries/} that cannot be served, with every problem found in it. */
public class NamedQueryException extends RuntimeException {

    private final List<String> problems;

    public NamedQueryException(String name, List<String> problems) {
        this(problems, "queries/" + name + ".rq: " + String.join("; ", problems));
    }

    private NamedQueryException(List<String> problems, String message) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /** A folder that cannot be served; each problem already names its file. */
    public static NamedQueryException inFolder(String folder, List<String> problems) {
        return new NamedQueryException(problems, "Named queries in " + folder + " cannot be served: "
                + String.join("; ", problems));
    }

    public List<String> problems() {
        return problems;
    }
}
