package io.flarewatch.localstack.drill;

import io.flarewatch.localstack.PidFiles;
import io.flarewatch.localstack.StackConfig;
import java.nio.file.Path;
import java.util.OptionalLong;

/** kill -9 of one service's process, as recorded in the launcher's pid file; back once a new process is healthy. */
final class ServiceKill implements Fault {

    private final String service;
    private final Path pidFile;
    private final int port;
    private long killedPid;

    ServiceKill(StackConfig config, String service, int port) {
        this.service = service;
        this.pidFile = config.runDir().resolve(service + ".pid");
        this.port = port;
    }

    @Override
    public String name() {
        return service;
    }

    @Override
    public void inject() throws Exception {
        killedPid = PidFiles.read(pidFile)
                .orElseThrow(() -> new IllegalStateException(service + " has no pid in " + pidFile + ": is it up?"));
        ProcessHandle process = ProcessHandle.of(killedPid)
                .filter(ProcessHandle::isAlive)
                .orElseThrow(() -> new IllegalStateException(service + " (pid " + killedPid + ") is not running"));
        // destroyForcibly is SIGKILL on Unix: no shutdown hook, no graceful close, like a crash or the OOM killer
        process.destroyForcibly();
    }

    @Override
    public boolean back() throws Exception {
        // No pid file yet (the new process is being started) means not back yet.
        OptionalLong current = PidFiles.read(pidFile);
        return current.isPresent() && current.getAsLong() != killedPid && StackProbe.healthy(port);
    }
}
