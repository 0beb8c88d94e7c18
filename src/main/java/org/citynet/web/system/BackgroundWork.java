package org.citynet.web.system;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The one queue of the service's whole-graph background work — the map and membership indexes, the dumps, the
 * catalogue's counts, the warm-ups — which runs at most {@code citynet.background.parallelism} jobs at once
 * (by default one core fewer than the machine has, at least one), the most urgent first. At 100,000 cities on
 * two cores all of it started together at start-up: every job ran at a fraction of its speed, the dumps passed
 * their 10-minute timeout twice, and requests shared the cores with five store scans. Queued, each job runs
 * about as fast as alone, a core stays free for requests, and what people see (the map, the lists' keys) comes
 * first. Requests never queue here: they wait for a job with their own bounded wait, or answer without it.
 */
@Component
public class BackgroundWork {

    private static final Logger log = LoggerFactory.getLogger(BackgroundWork.class);
    /** A job that waited longer than this for its turn says so in the log. */
    private static final long LOGGED_WAIT_NANOS = 1_000_000_000L;

    /** The kinds of job, most urgent first. */
    public enum Kind {
        /** What pages and lists show: the map's index, a list's keys, the themes' counts. */
        PAGES("pages"),
        /** The membership index (comparisons are answered by SPARQL meanwhile). */
        INDEX("the membership index"),
        /** The dumps the catalogue lists. */
        DUMPS("the dumps"),
        /** The catalogue's and VoID's whole-graph counts. */
        COUNTS("the catalogue's counts");

        private final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private record Ticket(Kind kind, long sequence, String what) {
    }

    private final int parallelism;
    private final PriorityQueue<Ticket> waiting = new PriorityQueue<>((a, b) -> a.kind() != b.kind()
            ? a.kind().compareTo(b.kind()) : Long.compare(a.sequence(), b.sequence()));
    private final List<Ticket> running = new ArrayList<>();
    private long sequence;

    @Autowired
    public BackgroundWork(BackgroundSettings settings) {
        this(settings.jobs());
    }

    /** A queue that runs at most this many jobs at once. */
    public BackgroundWork(int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("At least one background job must be able to run: " + parallelism);
        }
        this.parallelism = parallelism;
    }

    /** How many jobs run at once. */
    public int parallelism() {
        return parallelism;
    }

    /**
     * Runs the job on this (background) thread once it is its turn.
     *
     * @throws InterruptedException if the thread is interrupted while the job waits (the service is stopping)
     */
    public <T> T run(Kind kind, String what, Supplier<T> job) throws InterruptedException {
        Ticket ticket = enter(kind, what);
        try {
            return job.get();
        } finally {
            leave(ticket);
        }
    }

    /** {@link #run(Kind, String, Supplier)} for work that returns nothing. */
    public void run(Kind kind, String what, Runnable job) throws InterruptedException {
        Ticket ticket = enter(kind, what);
        try {
            job.run();
        } finally {
            leave(ticket);
        }
    }

    private synchronized Ticket enter(Kind kind, String what) throws InterruptedException {
        Ticket ticket = new Ticket(kind, sequence++, what);
        waiting.add(ticket);
        long start = System.nanoTime();
        List<String> ahead = running.stream().map(Ticket::what).toList();
        try {
            while (running.size() >= parallelism || waiting.peek() != ticket) {
                wait();
            }
        } catch (InterruptedException e) {
            waiting.remove(ticket);
            notifyAll();
            throw e;
        }
        waiting.poll();
        running.add(ticket);
        long waited = System.nanoTime() - start;
        if (waited > LOGGED_WAIT_NANOS) {
            log.info("{} ({}) waited {} s for its turn (running when it asked: {})", what, kind.label,
                    waited / 1_000_000_000L,
                    ahead.isEmpty() ? "nothing; more urgent jobs came" : String.join(", ", ahead));
        }
        return ticket;
    }

    private synchronized void leave(Ticket ticket) {
        running.remove(ticket);
        notifyAll();
    }

    /** What runs now and what waits, for the log and tests. */
    public synchronized String state() {
        return "running " + running.stream().map(Ticket::what).toList() + ", waiting "
                + waiting.stream().sorted(waiting.comparator()).map(Ticket::what).toList();
    }
}
