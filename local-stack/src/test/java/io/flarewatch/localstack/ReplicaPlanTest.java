package io.flarewatch.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which processes {@code up --replicas N} runs: names, ports and state folders of their own. */
class ReplicaPlanTest {

    private final StackConfig config = StackConfig.fromEnvironment(Map.of("FLAREWATCH_DATA", "/tmp/fw-plan"));

    @Test
    void oneReplicaIsTheStackAsItAlwaysWas() {
        List<ServiceInstance> instances = ReplicaPlan.instances(config, 1);
        assertEquals(
                List.of("crisis-api", "ingest-service", "sentiment-service", "alert-service"),
                instances.stream().map(ServiceInstance::name).toList());
        assertEquals(
                List.of(8080, 8081, 8082, 8083),
                instances.stream().map(ServiceInstance::port).toList());
        assertEquals(Path.of("/tmp/fw-plan/streams-state"), instances.get(3).stateDir());
        assertEquals(0, ReplicaPlan.standbyReplicas(1), "no other replica to keep a standby copy on");
    }

    @Test
    void twoReplicasRunEveryServiceTwiceOnPortsAndStateFoldersOfTheirOwn() {
        List<ServiceInstance> instances = ReplicaPlan.instances(config, 2);
        assertEquals(8, instances.size());
        assertEquals(
                List.of("crisis-api-2", "ingest-service-2", "sentiment-service-2", "alert-service-2"),
                instances.subList(4, 8).stream().map(ServiceInstance::name).toList(),
                "the first replicas start first");
        assertEquals(
                List.of(8090, 8091, 8092, 8093),
                instances.subList(4, 8).stream().map(ServiceInstance::port).toList());
        assertEquals("alert-service", instances.get(7).service(), "a replica runs its service's jar");
        Set<Path> stateDirs = instances.stream()
                .filter(i -> i.service().equals("alert-service"))
                .map(ServiceInstance::stateDir)
                .collect(Collectors.toSet());
        assertEquals(
                Set.of(Path.of("/tmp/fw-plan/streams-state"), Path.of("/tmp/fw-plan/streams-state-2")),
                stateDirs,
                "Kafka Streams locks its state folder, so each replica has one");
        assertEquals(1, ReplicaPlan.standbyReplicas(2), "a survivor holds a standby copy of the dead one's state");
    }

    @Test
    void theReplicasOptionIsReadAndBoundedByThePartitions() {
        assertEquals(1, ReplicaPlan.fromArguments(List.of("up", "--demo")));
        assertEquals(2, ReplicaPlan.fromArguments(List.of("up", "--replicas", "2", "--demo")));
        assertThrows(IllegalArgumentException.class, () -> ReplicaPlan.fromArguments(List.of("up", "--replicas")));
        assertThrows(
                IllegalArgumentException.class, () -> ReplicaPlan.fromArguments(List.of("up", "--replicas", "two")));
        assertThrows(IllegalArgumentException.class, () -> ReplicaPlan.instances(config, 0));
        assertThrows(
                IllegalArgumentException.class,
                () -> ReplicaPlan.instances(config, TopicSetup.PARTITIONS + 1),
                "a replica beyond the partitions would have nothing to consume");
    }
}
