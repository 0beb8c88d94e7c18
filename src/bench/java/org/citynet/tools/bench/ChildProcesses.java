package org.citynet.tools.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts the programs the harness measures as child processes, each with its output in a log file of its
 * own under {@code logs/}: Java main classes on a given class path, and other commands. A process that does
 * not finish in time is killed (with its children) and reported as a failure.
 */
final class ChildProcesses {

    /** A finished run: its wall time and log. */
    record Finished(Duration wall, Path log) {

        String output() {
            try {
                return Files.readString(log);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final Path logs;

    ChildProcesses(Path logs) {
        this.logs = logs;
    }

    /** {@code java [jvmArgs] -cp classpath main [args]} as a command line. */
    static List<String> java(String classpath, List<String> jvmArgs, String main, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(classpath);
        command.add(main);
        command.addAll(args);
        return command;
    }

    /** Runs to the end; a non-zero exit or a timeout is an {@link IllegalStateException} naming the log. */
    Finished run(String name, List<String> command, Path directory, Duration timeout) {
        Path log = logs.resolve(name + ".log");
        long start = System.nanoTime();
        Process process = start(log, command, directory);
        try {
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                stop(process);
                throw new IllegalStateException(name + " did not finish within " + timeout + "; see " + log);
            }
        } catch (InterruptedException e) {
            stop(process);
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " interrupted", e);
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
        }
        return new Finished(wall, log);
    }

    /** Starts in the background; the caller stops it with {@link #stop}. */
    Process start(String name, List<String> command, Path directory) {
        return start(logs.resolve(name + ".log"), command, directory);
    }

    private Process start(Path log, List<String> command, Path directory) {
        try {
            Files.createDirectories(logs);
            return new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + command.get(0), e);
        }
    }

    /** Asks the process and its descendants to end, then kills whatever is left after 30 s. */
    static void stop(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        descendants.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }
}
