package io.flarewatch.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/** Stops processes a killed run left behind: services recorded in pid files, and PostgreSQL's postmaster. */
final class ProcessCleanup {

    private static final Duration GRACE = Duration.ofSeconds(10);

    private ProcessCleanup() {}

    /** Stops the PostgreSQL whose {@code postmaster.pid} is in {@code dataDir}, if it still runs. */
    static boolean killStalePostgres(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        boolean stopped = stopRecordedIn(pidFile);
        Files.deleteIfExists(pidFile);
        return stopped;
    }

    /** Stops every process whose pid is recorded in a {@code *.pid} file of {@code runDir}, and removes the files. */
    static int killRecorded(Path runDir) throws IOException {
        return killRecorded(PidFiles.list(runDir));
    }

    /** Stops the processes of {@code pidFiles} and removes the files; a file already gone is a process gone. */
    static int killRecorded(List<Path> pidFiles) throws IOException {
        int stopped = 0;
        for (Path pidFile : pidFiles) {
            if (stopRecordedIn(pidFile)) {
                stopped++;
            }
            Files.deleteIfExists(pidFile);
        }
        return stopped;
    }

    private static boolean stopRecordedIn(Path pidFile) throws IOException {
        OptionalLong pid = PidFiles.read(pidFile);
        return pid.isPresent() && stop(pid.getAsLong());
    }

    /** Asks a process (and its children) to stop, then forces it after a grace period. */
    static boolean stop(long pid) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty()
                || !handle.get().isAlive()
                || handle.get().pid() == ProcessHandle.current().pid()) {
            return false;
        }
        ProcessHandle process = handle.get();
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            process.onExit().get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        return true;
    }
}
