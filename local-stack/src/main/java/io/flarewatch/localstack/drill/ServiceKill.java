package io.flarewatch.localstack.drill;

import io.flarewatch.localstack.StackConfig;
import java.nio.file.Files;
import java.nio.file.Path;

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
        killedPid = currentPid();
        ProcessHandle process = ProcessHandle.of(killedPid)
                .filter(ProcessHandle::isAlive)
                .orElseThrow(() -> new IllegalStateException(service + " (pid " + killedPid + ") is not running"));
        // destroyForcibly is SIGKILL on Unix: no shutdown hook, no graceful close, like a crash or the OOM killer
        process.destroyForcibly();
    }

    @Override
    public boolean back() throws Exception {
        return currentPid() != killedPid && StackProbe.healthy(port);
    }

    private long currentPid() throws Exception {
        return Long.parseLong(Files.readString(pidFile).trim());
    }
}
