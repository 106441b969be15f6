package dev.langgraph.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/** Appends one measurement per line (tab-separated: section, subject, metric, value) to {@code -Dbench.out}. */
final class Results {

    private Results() {
    }

    static synchronized void record(String section, String subject, String metric, double value) {
        String line = section + "\t" + subject + "\t" + metric + "\t" + String.format(Locale.ROOT, "%.6g", value);
        System.out.println("RESULT " + line);
        String out = System.getProperty("bench.out");
        if (out == null) {
            return;
        }
        try {
            Files.writeString(Path.of(out), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
