package io.flarewatch.e2e;

import static io.flarewatch.e2e.DeploymentConfigTest.applicationProperties;
import static io.flarewatch.e2e.DeploymentConfigTest.kubernetesDocuments;
import static io.flarewatch.e2e.DeploymentConfigTest.list;
import static io.flarewatch.e2e.DeploymentConfigTest.map;
import static io.flarewatch.e2e.DeploymentConfigTest.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flarewatch.events.Topics;
import io.flarewatch.localstack.ReplicaPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** docker-compose.yml and the Kubernetes manifests run two replicas of every service, as {@code up --replicas 2}. */
class ReplicaDeploymentTest {

    private static final Path HOME = Path.of(System.getProperty("flarewatch.home", ".."))
            .toAbsolutePath()
            .normalize();

    @ParameterizedTest
    @ValueSource(strings = {"crisis-api", "ingest-service", "sentiment-service", "alert-service"})
    void composeRunsASecondReplicaOnThePortTenAboveWithTheSameSettings(String service) throws IOException {
        Map<String, Object> services =
                map(yaml(HOME.resolve("docker-compose.yml")).get("services"));
        Map<String, Object> first = map(services.get(service));
        Map<String, Object> second = map(services.get(service + "-2"));
        assertTrue(second != null, service + "-2 is in docker-compose.yml");
        int port = Integer.parseInt(applicationProperties(service).getProperty("quarkus.http.port"));
        assertEquals(List.of((port + ReplicaPlan.PORT_STEP) + ":" + port), second.get("ports"));
        assertEquals(first.get("build"), second.get("build"), "the same image");
        assertEquals(first.get("environment"), second.get("environment"), "the same settings");
    }

    @Test
    void eachAlertServiceReplicaHasAStateVolumeOfItsOwnAndAStandbyCopy() throws IOException {
        Map<String, Object> services =
                map(yaml(HOME.resolve("docker-compose.yml")).get("services"));
        Object firstVolumes = map(services.get("alert-service")).get("volumes");
        Object secondVolumes = map(services.get("alert-service-2")).get("volumes");
        assertNotEquals(firstVolumes, secondVolumes, "Kafka Streams locks its state folder");
        assertEquals(
                "1",
                map(map(services.get("alert-service")).get("environment")).get("FLAREWATCH_STREAMS_STANDBY_REPLICAS"));
        String dockerfile = Files.readString(HOME.resolve("deploy/docker/Dockerfile.jvm"));
        assertTrue(
                dockerfile.contains("chown 185:0 /deployments/streams-state") && dockerfile.contains("USER 185"),
                "a new volume at the state folder is writable by the service's user");
    }

    @ParameterizedTest
    @ValueSource(strings = {"crisis-api", "ingest-service", "sentiment-service", "alert-service"})
    void kubernetesRunsAtLeastTwoReplicas(String service) throws IOException {
        Map<String, Object> workload = workload(service);
        assertTrue((Integer) map(workload.get("spec")).get("replicas") >= 2, service + " runs two replicas");
    }

    @Test
    void kubernetesGivesEachAlertServiceReplicaAWritableStateVolumeAndAStandbyCopy() throws IOException {
        Map<String, Object> workload = workload("alert-service");
        assertEquals("StatefulSet", workload.get("kind"), "a volume claim per replica");
        Map<String, Object> pod =
                map(map(map(workload.get("spec")).get("template")).get("spec"));
        assertEquals(185, map(pod.get("securityContext")).get("fsGroup"), "the volume is writable by user 185");
        List<Map<String, Object>> env = list(list(pod.get("containers")).get(0).get("env"));
        assertTrue(env.stream()
                .anyMatch(v ->
                        "FLAREWATCH_STREAMS_STANDBY_REPLICAS".equals(v.get("name")) && "1".equals(v.get("value"))));
    }

    @Test
    void composeAndKubernetesCreateEveryTopic() throws IOException {
        String compose = Files.readString(HOME.resolve("docker-compose.yml"));
        String job = Files.readString(HOME.resolve("deploy/k8s/10-topics-job.yaml"));
        for (String topic : Topics.ALL) {
            assertTrue(compose.matches("(?s).*[ \\t]" + topic + "[ ;].*"), "compose creates " + topic);
            assertTrue(job.matches("(?s).*[ \\t]" + topic + "[ ;].*"), "the topic job creates " + topic);
        }
    }

    private static Map<String, Object> workload(String service) throws IOException {
        return kubernetesDocuments().stream()
                .filter(d -> List.of("Deployment", "StatefulSet").contains(d.get("kind")))
                .filter(d -> service.equals(map(d.get("metadata")).get("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(service + " has no Deployment or StatefulSet"));
    }
}
