package org.citynet.durability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A main class of the test classpath run in a JVM of its own, so that a test can kill it with SIGKILL
 * ({@code kill -9}: no shutdown hooks, no finally blocks, nothing flushed) and then look at what it left
 * on disk. Its stdout lines are collected as they come, for markers such as {@code "committed 17"}; its
 * stderr goes to {@code target/crash-logs/NAME.log}. Always {@link #close() closed}: a child is never left
 * running after a test.
 */
final class ChildJvm implements AutoCloseable {

    /** The exit status Java reports for a process killed by signal 9 (128 + 9). */
    static final int KILLED_BY_SIGKILL = 137;

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    /** Notified when a line arrives or the output ends, so that a waiting test reacts at once. */
    private final Object arrivals = new Object();
    private final Thread reader;

    private ChildJvm(Process process) {
        this.process = process;
        this.reader = new Thread(this::readLines, "child-stdout-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code mainClass} with the test JVM's classpath. */
    static ChildJvm start(String name, Class<?> mainClass, String maxHeap, String... args) {
        return start(name, mainClass, List.of("-Xmx" + maxHeap), args);
    }

    /** Starts {@code mainClass} with the test JVM's classpath and the given options of the {@code java} command. */
    static ChildJvm start(String name, Class<?> mainClass, List<String> javaOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(args));
        try {
            Path log = Path.of("target", "crash-logs", name + ".log");
            Files.createDirectories(log.getParent());
            return new ChildJvm(new ProcessBuilder(command).redirectError(log.toFile()).start());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + mainClass.getName(), e);
        }
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The lines printed so far. */
    List<String> lines() {
        return List.copyOf(lines);
    }

    /**
     * Waits for a line matching {@code wanted} and returns it.
     *
     * @throws AssertionError if the child ends or the time runs out first
     */
    String await(Predicate<String> wanted, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        for (int seen = 0; Instant.now().isBefore(deadline); ) {
            List<String> now = lines();
            for (; seen < now.size(); seen++) {
                if (wanted.test(now.get(seen))) {
                    return now.get(seen);
                }
            }
            if (!process.isAlive() && !reader.isAlive() && seen == lines.size()) {
                throw new AssertionError("The child ended (exit " + process.exitValue() + ") without the"
                        + " expected line; it printed " + now);
            }
            awaitLineAfter(seen);
        }
        throw new AssertionError("No expected line within " + timeout + "; the child printed " + lines());
    }

    /**
     * Kills the child with SIGKILL ({@link Process#destroyForcibly()} on Linux), waits until it is gone and
     * everything it printed has been read, and returns its exit status.
     */
    int killHard() {
        process.destroyForcibly();
        return awaitEnd(Duration.ofSeconds(30));
    }

    /** Waits for the child to end by itself and returns its exit status. */
    int awaitEnd(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("The child did not end within " + timeout);
            }
            reader.join(timeout.toMillis());
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until there are more than {@code seen} lines, or at most 10 ms (the child may have ended). */
    private void awaitLineAfter(int seen) {
        synchronized (arrivals) {
            if (lines.size() == seen) {
                try {
                    arrivals.wait(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private void readLines() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
                signalArrival();
            }
        } catch (IOException e) {
            // The pipe closes when the child dies; what was read is kept.
        } finally {
            signalArrival();
        }
    }

    private void signalArrival() {
        synchronized (arrivals) {
            arrivals.notifyAll();
        }
    }
}
