package io.flarewatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/** docker-compose.yml and the Prometheus configuration agree with the services' own configuration. */
class DeploymentConfigTest {

    private static final Path HOME = Path.of(System.getProperty("flarewatch.home", ".."))
            .toAbsolutePath()
            .normalize();

    @ParameterizedTest
    @ValueSource(strings = {"crisis-api", "ingest-service", "sentiment-service", "alert-service"})
    void composeRunsTheServiceOnItsOwnPortWithSettingsItReads(String service) throws IOException {
        Map<String, Object> compose = yaml(HOME.resolve("docker-compose.yml"));
        Map<String, Object> definition = map(map(compose.get("services")).get(service));
        assertNotNull(definition, service + " is in docker-compose.yml");
        Properties config = applicationProperties(service);
        String port = config.getProperty("quarkus.http.port");

        @SuppressWarnings("unchecked")
        List<String> ports = (List<String>) definition.get("ports");
        assertEquals(List.of(port + ":" + port), ports, service + " publishes the port it listens on");

        Map<String, Object> environment = map(definition.get("environment"));
        assertTrue(environment.containsKey("KAFKA_BOOTSTRAP_SERVERS"), service + " is told where Kafka is");
        for (String variable : environment.keySet()) {
            assertTrue(reads(config, variable), service + " reads the variable " + variable + " that compose sets");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"crisis-api", "ingest-service", "sentiment-service", "alert-service"})
    void prometheusScrapesTheServiceWhereItListens(String service) throws IOException {
        String prometheus = Files.readString(HOME.resolve("deploy/prometheus/prometheus.yml"));
        String port = applicationProperties(service).getProperty("quarkus.http.port");
        assertTrue(prometheus.contains("\"" + service + ":" + port + "\""), service + " is scraped on port " + port);
        assertTrue(prometheus.contains("metrics_path: /q/metrics"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"crisis-api", "ingest-service", "sentiment-service", "alert-service"})
    void kubernetesRunsTheServiceOnItsPortWithProbesAndSettingsItReads(String service) throws IOException {
        List<Map<String, Object>> documents = kubernetesDocuments();
        Properties config = applicationProperties(service);
        int port = Integer.parseInt(config.getProperty("quarkus.http.port"));
        Map<String, Object> workload = documents.stream()
                .filter(d -> List.of("Deployment", "StatefulSet").contains(d.get("kind")))
                .filter(d -> service.equals(map(d.get("metadata")).get("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(service + " has no Deployment or StatefulSet"));
        Map<String, Object> spec =
                map(map(map(workload.get("spec")).get("template")).get("spec"));
        Map<String, Object> container = list(spec.get("containers")).get(0);
        assertEquals(port, map(list(container.get("ports")).get(0)).get("containerPort"));
        assertEquals(
                "/q/health/ready",
                map(map(container.get("readinessProbe")).get("httpGet")).get("path"));
        assertEquals(
                port, map(map(container.get("readinessProbe")).get("httpGet")).get("port"));
        assertEquals(
                "/q/health/live",
                map(map(container.get("livenessProbe")).get("httpGet")).get("path"));
        assertNotNull(map(map(container.get("resources")).get("requests")).get("memory"), "memory is requested");

        java.util.Set<String> variables = new java.util.TreeSet<>();
        for (Map<String, Object> source : list(container.getOrDefault("envFrom", List.of()))) {
            String kind = source.containsKey("configMapRef") ? "ConfigMap" : "Secret";
            String name = (String) map(source.getOrDefault("configMapRef", source.get("secretRef")))
                    .get("name");
            Map<String, Object> referenced = documents.stream()
                    .filter(d -> kind.equals(d.get("kind"))
                            && name.equals(map(d.get("metadata")).get("name")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(service + " refers to a missing " + kind + " " + name));
            variables.addAll(map(referenced.getOrDefault("data", referenced.get("stringData")))
                    .keySet());
        }
        for (Map<String, Object> variable : list(container.getOrDefault("env", List.of()))) {
            variables.add((String) variable.get("name"));
        }
        assertTrue(variables.contains("KAFKA_BOOTSTRAP_SERVERS"), service + " is told where Kafka is");
        for (String variable : variables) {
            assertTrue(reads(config, variable), service + " reads the variable " + variable + " that Kubernetes sets");
        }
        Map<String, Object> kubeService = documents.stream()
                .filter(d -> "Service".equals(d.get("kind"))
                        && service.equals(map(d.get("metadata")).get("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(service + " has no Service"));
        assertEquals(
                port,
                map(list(map(kubeService.get("spec")).get("ports")).get(0)).get("targetPort"));
    }

    static List<Map<String, Object>> kubernetesDocuments() throws IOException {
        List<Map<String, Object>> documents = new java.util.ArrayList<>();
        try (var files = Files.list(HOME.resolve("deploy/k8s"))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    for (Object document : new Yaml().loadAll(reader)) {
                        if (document != null) {
                            documents.add(map(document));
                        }
                    }
                }
            }
        }
        return documents;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    /** Whether the service reads {@code variable}: through a {@code ${VARIABLE}} reference or Quarkus's mapping of a key. */
    private static boolean reads(Properties config, String variable) {
        for (String key : config.stringPropertyNames()) {
            if (config.getProperty(key).contains("${" + variable)
                    || environmentName(key).equals(variable)) {
                return true;
            }
        }
        return false;
    }

    private static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    static Properties applicationProperties(String service) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                HOME.resolve(service).resolve("src/main/resources/application.properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    static Map<String, Object> yaml(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new Yaml().load(reader);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
