package io.flarewatch.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code down}, {@code status} and the drill read pid files that a stopping stack removes at the same moment. */
class PidFilesTest {

    @Test
    void aPidFileThatVanishedMeansItsProcessIsGone(@TempDir Path run) throws Exception {
        assertEquals(OptionalLong.empty(), PidFiles.read(run.resolve("ingest-service.pid")));
    }

    @Test
    void aPidFileCaughtWhileBeingWrittenHoldsNoPid(@TempDir Path run) throws Exception {
        Path empty = Files.writeString(run.resolve("crisis-api.pid"), "");
        assertEquals(OptionalLong.empty(), PidFiles.read(empty));
        Path written = Files.writeString(run.resolve("alert-service.pid"), "4242\n");
        assertEquals(OptionalLong.of(4242), PidFiles.read(written));
    }

    @Test
    void downStopsTheRecordedProcessEvenWhenAnotherFileWasRemovedAfterTheListing(@TempDir Path run) throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "60").start();
        try {
            Path recorded = Files.writeString(run.resolve("sentiment-service.pid"), sleeper.pid() + "\n");
            Path removed = Files.writeString(run.resolve("alert-service.pid"), "999999999\n");
            List<Path> listed = PidFiles.list(run);
            assertEquals(List.of(removed, recorded), listed);
            // The stopping launcher (or the process itself) removes a file between the listing and its reading.
            Files.delete(removed);

            assertEquals(1, ProcessCleanup.killRecorded(listed));

            assertTrue(sleeper.waitFor(10, TimeUnit.SECONDS), "the recorded process was stopped");
            assertFalse(Files.exists(recorded), "its pid file was removed");
        } finally {
            sleeper.destroyForcibly();
        }
    }

    @Test
    void downWithoutARunFolderStopsNothing(@TempDir Path data) throws Exception {
        assertEquals(0, ProcessCleanup.killRecorded(data.resolve("run")));
        assertFalse(ProcessCleanup.killStalePostgres(data.resolve("postgres")));
    }

    @Test
    void statusWithoutALauncherPidFileSaysNothingRuns(@TempDir Path data) throws Exception {
        StackConfig config = new StackConfig(data, data, 1, 2, 3, 4, 5, 6, 7);
        Files.createDirectories(config.runDir());
        Files.writeString(Supervisor.statusFile(config), "");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int exit = StatusCommand.run(config, new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertEquals(3, exit);
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("not running"), printed.toString());
    }
}
