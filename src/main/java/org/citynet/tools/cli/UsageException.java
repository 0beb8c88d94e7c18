package org.citynet.tools.cli;

/** The command line could not be understood; the CLI prints the message with the usage and exits 2. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
