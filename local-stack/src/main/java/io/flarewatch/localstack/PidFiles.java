package io.flarewatch.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Reads the pid files of the local stack, which vanish at any moment: a stopping launcher removes them while
 * {@code down}, {@code status} or the drill read them, and PostgreSQL removes its own on exit.
 */
public final class PidFiles {

    private PidFiles() {}

    /** The pid on the file's first line; empty when the file is gone (so is its process) or holds no pid yet. */
    public static OptionalLong read(Path pidFile) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return OptionalLong.empty();
        }
        if (lines.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            // Read while being written (writeString truncates first): no pid to act on.
            return OptionalLong.empty();
        }
    }

    /** The {@code *.pid} files in {@code runDir}; none when the folder does not exist. */
    static List<Path> list(Path runDir) throws IOException {
        try (Stream<Path> files = Files.list(runDir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".pid"))
                    .sorted()
                    .toList();
        } catch (NoSuchFileException e) {
            return List.of();
        }
    }
}
