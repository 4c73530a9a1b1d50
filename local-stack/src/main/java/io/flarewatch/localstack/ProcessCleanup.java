package io.flarewatch.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Stops processes a killed run left behind: services recorded in pid files, and PostgreSQL's postmaster. */
final class ProcessCleanup {

    private static final Duration GRACE = Duration.ofSeconds(10);

    private ProcessCleanup() {}

    /** Stops the PostgreSQL whose {@code postmaster.pid} is in {@code dataDir}, if it still runs. */
    static boolean killStalePostgres(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return false;
        }
        List<String> lines = Files.readAllLines(pidFile);
        boolean stopped = !lines.isEmpty() && stop(lines.get(0).trim());
        Files.deleteIfExists(pidFile);
        return stopped;
    }

    /** Stops every process whose pid is recorded in a {@code *.pid} file of {@code runDir}, and removes the files. */
    static int killRecorded(Path runDir) throws IOException {
        if (!Files.isDirectory(runDir)) {
            return 0;
        }
        int stopped = 0;
        try (var files = Files.list(runDir)) {
            for (Path pidFile : files.filter(f -> f.toString().endsWith(".pid")).toList()) {
                if (stop(Files.readString(pidFile).trim())) {
                    stopped++;
                }
                Files.deleteIfExists(pidFile);
            }
        }
        return stopped;
    }

    /** Asks a process (and its children) to stop, then forces it after a grace period. */
    static boolean stop(String pid) {
        Optional<ProcessHandle> handle;
        try {
            handle = ProcessHandle.of(Long.parseLong(pid));
        } catch (NumberFormatException e) {
            return false;
        }
        if (handle.isEmpty()
                || !handle.get().isAlive()
                || handle.get().pid() == ProcessHandle.current().pid()) {
            return false;
        }
        ProcessHandle process = handle.get();
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            process.onExit().get(GRACE.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        return true;
    }
}
