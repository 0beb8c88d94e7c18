package org.citynet.tools.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The machine a run comes from, as the report states it: cores, memory, CPU model, Java, OS, Virtuoso's
 * version and the load average when the run started (the machine may be shared).
 */
record Machine(String date, int cores, long memoryBytes, String cpu, String jvm, String os, String virtuoso,
               String loadAverage) {

    static Machine here(ChildProcesses processes) {
        return new Machine(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).toString(),
                Runtime.getRuntime().availableProcessors(), memTotal(),
                firstLine("/proc/cpuinfo", "model name"), System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version"), System.getProperty("os.name") + " "
                + System.getProperty("os.version"), virtuoso(processes), SizeRun.loadAverage());
    }

    String describe() {
        return String.format(java.util.Locale.ROOT, "%d cores (`nproc`), %,d MB memory, CPU %s, %s, %s, Virtuoso %s;"
                + " load average at the start %s", cores, memoryBytes >> 20, cpu, jvm, os, virtuoso, loadAverage);
    }

    private static long memTotal() {
        String line = firstLine("/proc/meminfo", "MemTotal");
        return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
    }

    private static String firstLine(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(key))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static String virtuoso(ChildProcesses processes) {
        try {
            String out = processes.run("virtuoso-version", List.of("sh", "-c", "virtuoso-t -? 2>&1; true"), Path.of("/tmp"),
                    java.time.Duration.ofSeconds(20)).output();
            return out.lines().filter(l -> l.contains("Version")).findFirst().orElse("?").strip();
        } catch (RuntimeException e) {
            return "not installed";
        }
    }
}
