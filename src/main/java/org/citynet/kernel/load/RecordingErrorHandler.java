package org.citynet.kernel.load;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.riot.system.ErrorHandler;

/**
 * Collects a parser's warnings, errors and fatal errors as problems of one file instead of logging them,
 * so that every problem of every file can be reported together. Warnings count: the data must be clean.
 *
 * <p>Fatal errors are recorded and then the parser throws anyway; {@link #sawFatal()} lets the caller
 * avoid reporting the same error twice.
 */
public final class RecordingErrorHandler implements ErrorHandler {

    private final String file;
    private final List<LoadProblem> problems = new ArrayList<>();
    private boolean fatal;

    public RecordingErrorHandler(String file) {
        this.file = file;
    }

    @Override
    public void warning(String message, long line, long column) {
        problems.add(LoadProblem.syntax(file, line, column, LoadProblem.Severity.WARNING, message));
    }

    @Override
    public void error(String message, long line, long column) {
        problems.add(LoadProblem.syntax(file, line, column, LoadProblem.Severity.ERROR, message));
    }

    @Override
    public void fatal(String message, long line, long column) {
        fatal = true;
        error(message, line, column);
    }

    public boolean sawFatal() {
        return fatal;
    }

    public List<LoadProblem> problems() {
        return problems;
    }
}
