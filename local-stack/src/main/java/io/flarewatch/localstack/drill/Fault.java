package io.flarewatch.localstack.drill;

/** One fault the drill injects into the running stack, and how it tells that the faulted part is back. */
interface Fault {

    /** The name printed in the drill's lines, e.g. {@code sentiment-service} or {@code broker}. */
    String name();

    /** Injects the fault; returns at once (the stack recovers on its own). */
    void inject() throws Exception;

    /** Whether the faulted part runs again (a new process answering its health check, the broker up). */
    boolean back() throws Exception;
}
