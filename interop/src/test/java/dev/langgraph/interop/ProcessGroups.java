package dev.langgraph.interop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * Signals and inspects Unix process groups by id. Used only for groups the harness created itself with
 * {@code setsid}, so a group id here always names our own server tree and nothing else.
 */
final class ProcessGroups {

    private static final Path PROC = Paths.get("/proc");

    private ProcessGroups() {
    }

    /**
     * The process group of a live process.
     *
     * @param pid the process id
     * @return its group id, or empty if the process is gone or the platform has no {@code /proc} and
     *     {@code ps} fails
     */
    static OptionalLong groupOf(long pid) {
        Path stat = PROC.resolve(Long.toString(pid)).resolve("stat");
        if (Files.isDirectory(PROC)) {
            return readStat(stat).map(s -> OptionalLong.of(s.pgrp())).orElse(OptionalLong.empty());
        }
        try {
            Process ps = new ProcessBuilder("ps", "-o", "pgid=", "-p", Long.toString(pid))
                    .redirectErrorStream(true).start();
            String out = new String(ps.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            ps.waitFor(10, TimeUnit.SECONDS);
            return out.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(out));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
    }

    /**
     * Whether any process of the group is still running. Zombies do not count: when nobody reaps the
     * orphaned server processes (PID 1 in some containers does not), they would otherwise look alive forever.
     *
     * @param pgid the group id
     * @return true if a non-zombie member exists
     */
    static boolean isAlive(long pgid) {
        if (!Files.isDirectory(PROC)) {
            return run("kill", "-0", "--", "-" + pgid) == 0;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC, "[0-9]*")) {
            for (Path entry : entries) {
                Optional<Stat> stat = readStat(entry.resolve("stat"));
                if (stat.isPresent() && stat.get().pgrp() == pgid && stat.get().state() != 'Z'
                        && stat.get().state() != 'X') {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return run("kill", "-0", "--", "-" + pgid) == 0;
        }
    }

    /**
     * Sends a signal to every process of the group ({@code kill -SIG -- -pgid}).
     *
     * @param pgid the group id
     * @param signal the signal name without {@code SIG}, e.g. {@code TERM}
     */
    static void signal(long pgid, String signal) {
        run("kill", "-" + signal, "--", "-" + pgid);
    }

    private static int run(String... command) {
        try {
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static Optional<Stat> readStat(Path stat) {
        try {
            String text = Files.readString(stat, StandardCharsets.UTF_8);
            // The command name (field 2) may contain spaces and parentheses; the fields after the last ')'
            // are fixed: state, ppid, pgrp, ...
            String[] rest = text.substring(text.lastIndexOf(')') + 2).split(" ");
            return Optional.of(new Stat(rest[0].charAt(0), Long.parseLong(rest[2])));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private record Stat(char state, long pgrp) {
    }
}
