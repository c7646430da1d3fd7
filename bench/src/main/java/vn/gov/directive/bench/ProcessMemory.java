package vn.gov.directive.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Peak resident memory of each service and component during the run, sampled from /proc twice a
 * second. The platform script starts each one in its own process group and writes the group id
 * to .platform/run/NAME.pid; the measured process is the java process of that group (Keycloak's
 * kc.sh shell is left out). PostgreSQL is many processes sharing memory: it is measured as the
 * sum of their proportional set sizes (Pss: shared pages divided among the sharers), so shared
 * buffers are not counted once per backend.
 */
final class ProcessMemory implements AutoCloseable {

    private static final Path PROC = Path.of("/proc");

    private final Path pidDirectory;
    private final Map<String, List<Long>> pidsByName = new ConcurrentHashMap<>();
    private final List<String> order = new ArrayList<>();
    private final Map<String, Long> peakKb = new ConcurrentHashMap<>();
    private final java.util.Set<String> restarted = ConcurrentHashMap.newKeySet();
    private final Thread sampler;
    private volatile boolean running = true;

    ProcessMemory(Path pidDirectory, List<String> names) {
        this.pidDirectory = pidDirectory;
        for (String name : names) {
            javaOf(name).ifPresentOrElse(pid -> {
                pidsByName.put(name, List.of(pid));
                order.add(name);
            }, () -> Progress.warn("%s is not running from deploy/local/platform (no pid file or no java process): its memory is not measured", name));
        }
        postmaster().ifPresent(pid -> {
            pidsByName.put("postgres", List.of(pid));
            order.add("postgres");
        });
        sampler = new Thread(this::sampleLoop, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Peak MB per name, as sampled so far. */
    Map<String, Long> peakMb() {
        Map<String, Long> mb = new LinkedHashMap<>();
        order.forEach(name -> mb.put(name, Math.round(peakKb.getOrDefault(name, 0L) / 1024.0)));
        return mb;
    }

    /** The kernel's own high-water mark (VmHWM) of each java process: its peak since it started. */
    Map<String, Long> lifetimePeakMb() {
        Map<String, Long> mb = new LinkedHashMap<>();
        order.stream().filter(name -> !name.equals("postgres")).forEach(name ->
                statusKb(pidsByName.get(name).get(0), "VmHWM:").ifPresent(kb -> mb.put(name, Math.round(kb / 1024.0))));
        return mb;
    }

    private void sampleLoop() {
        while (running) {
            pidsByName.forEach((name, pids) -> {
                OptionalLong kb = name.equals("postgres") ? postgresPssKb(pids.get(0)) : statusKb(pids.get(0), "VmRSS:");
                kb.ifPresentOrElse(v -> peakKb.merge(name, v, Math::max), () -> followRestart(name));
            });
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** A service restarted during the run (deploy/local/platform restart): measure its new process from now on. */
    private void followRestart(String name) {
        if (!name.equals("postgres")) {
            javaOf(name).ifPresent(pid -> {
                pidsByName.put(name, List.of(pid));
                restarted.add(name);
            });
        }
    }

    /** Names whose process was replaced during the run: their peak spans both processes. */
    List<String> restarted() {
        return List.copyOf(restarted);
    }

    private OptionalLong javaOf(String name) {
        OptionalLong group = readGroup(pidDirectory.resolve(name + ".pid"));
        return group.isPresent() ? javaOfGroup(group.getAsLong()) : OptionalLong.empty();
    }

    private static OptionalLong postgresPssKb(long postmaster) {
        List<Long> pids = new ArrayList<>();
        pids.add(postmaster);
        pids.addAll(childrenOf(postmaster));
        long sum = 0;
        for (long pid : pids) {
            sum += field(PROC.resolve(pid + "/smaps_rollup"), "Pss:").orElse(0);
        }
        return sum == 0 ? OptionalLong.empty() : OptionalLong.of(sum);
    }

    static OptionalLong statusKb(long pid, String field) {
        return field(PROC.resolve(pid + "/status"), field);
    }

    /** "Name:   12345 kB" lines of /proc files. */
    static OptionalLong field(Path file, String name) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(l -> l.startsWith(name)).findFirst()
                    .map(l -> OptionalLong.of(Long.parseLong(l.substring(name.length()).trim().split("\\s+")[0])))
                    .orElse(OptionalLong.empty());
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty(); // the process ended, or the file is not readable
        }
    }

    /** Fields of /proc/PID/stat after the command name, which may itself hold spaces and parentheses. */
    static String[] statFields(String stat) {
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    }

    private static OptionalLong readGroup(Path pidFile) {
        try {
            return OptionalLong.of(Long.parseLong(Files.readString(pidFile).trim()));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static OptionalLong javaOfGroup(long group) {
        for (long pid : allPids()) {
            String[] stat = stat(pid);
            if (stat != null && Long.parseLong(stat[2]) == group && "java".equals(comm(pid))) {
                return OptionalLong.of(pid);
            }
        }
        return OptionalLong.empty();
    }

    /** The postmaster: the postgres process whose parent is not a postgres process. */
    private static OptionalLong postmaster() {
        for (long pid : allPids()) {
            String[] stat = stat(pid);
            if (stat != null && "postgres".equals(comm(pid)) && !"postgres".equals(comm(Long.parseLong(stat[1])))) {
                return OptionalLong.of(pid);
            }
        }
        return OptionalLong.empty();
    }

    private static List<Long> childrenOf(long parent) {
        List<Long> children = new ArrayList<>();
        for (long pid : allPids()) {
            String[] stat = stat(pid);
            if (stat != null && Long.parseLong(stat[1]) == parent) {
                children.add(pid);
            }
        }
        return children;
    }

    private static List<Long> allPids() {
        try (Stream<Path> entries = Files.list(PROC)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit))
                    .map(Long::valueOf).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** [0] state, [1] ppid, [2] pgrp, ... or null when the process is gone. */
    private static String[] stat(long pid) {
        try {
            return statFields(Files.readString(PROC.resolve(pid + "/stat")));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String comm(long pid) {
        try {
            return Files.readString(PROC.resolve(pid + "/comm")).trim();
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.interrupt();
        sampler.join(2000);
    }
}
