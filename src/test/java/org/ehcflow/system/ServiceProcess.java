package org.ehcflow.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The packaged jar running as a council runs it, in a process of its own that a test can stop, or kill as kill -9
 * does; and plain HTTP calls to it as a demo user (whose password is its user id).
 */
public final class ServiceProcess implements AutoCloseable {

    static final Path JAR = Path.of(System.getProperty("ehcflow.jar", "target/ehc-flow-0.1.0-SNAPSHOT.jar"));
    static final Duration START_LIMIT = Duration.ofSeconds(90);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Path logs;
    private final List<String> arguments;
    private final Map<String, String> environment;
    private List<String> jvmOptions = List.of("-Xmx768m");
    private Path jar = JAR;
    private Path directory;
    private String probeUser = "officer1";
    private String probePassword = "officer1";
    private Process process;
    private int port;
    private Path log;

    public ServiceProcess(Path logs, List<String> arguments, Map<String, String> environment) {
        this.logs = logs;
        this.arguments = new ArrayList<>(arguments);
        this.environment = new java.util.HashMap<>(environment);
    }

    /**
     * The jar on the demo profile and the PostgreSQL server of EHCFLOW_TEST_POSTGRES_URL, in a schema of its own, so
     * the database can be reused.
     */
    public static ServiceProcess onPostgres(Path logs, String url, String schema) {
        return new ServiceProcess(logs, List.of("--spring.profiles.active=demo,postgres",
                "--ehcflow.models.root=" + Path.of("").toAbsolutePath(),
                "--spring.datasource.url=" + withSchema(url, schema),
                "--spring.flyway.schemas=" + schema, "--spring.flyway.create-schemas=true",
                "--camunda.bpm.database.schema-name=" + schema, "--camunda.bpm.database.table-prefix=" + schema + "."),
                Map.of("EHCFLOW_DB_USER", POSTGRES_USER, "EHCFLOW_DB_PASSWORD", POSTGRES_PASSWORD));
    }

    static final String POSTGRES_USER = System.getenv().getOrDefault("EHCFLOW_TEST_POSTGRES_USER", "ehcflow");
    static final String POSTGRES_PASSWORD = System.getenv().getOrDefault("EHCFLOW_TEST_POSTGRES_PASSWORD", "ehcflow");

    static String withSchema(String url, String schema) {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** With these arguments added (settings such as {@code --ehcflow.retention.cron=...}), before {@link #start()}. */
    public ServiceProcess with(String... more) {
        arguments.addAll(List.of(more));
        return this;
    }

    /** With these variables added to its environment, before {@link #start()}. */
    public ServiceProcess withEnvironment(Map<String, String> more) {
        environment.putAll(more);
        return this;
    }

    /** Started with these settings besides its own (later ones win). */
    public ServiceProcess withArguments(List<String> more) {
        arguments.addAll(more);
        return this;
    }

    /** Started with these JVM options (the unit file's, say) instead of a bare heap limit. */
    public ServiceProcess withJvmOptions(List<String> options) {
        this.jvmOptions = List.copyOf(options);
        return this;
    }

    /** The heap the JVM is given, such as {@code -Xmx512m} (768 MB unless set before {@link #start()}). */
    public ServiceProcess withHeap(String maximumHeap) {
        this.jvmOptions = List.of(maximumHeap);
        return this;
    }

    /** Started as a unit file starts it: these JVM options, this jar, in this working directory. */
    public ServiceProcess asInstalled(List<String> jvmOptions, Path jar, Path directory) {
        this.jvmOptions = List.copyOf(jvmOptions);
        this.jar = jar;
        this.directory = directory;
        return this;
    }

    /** Who asks whether it has started (officer1 unless set: a profile without the demo logins needs another). */
    public ServiceProcess probingAs(String user, String password) {
        this.probeUser = user;
        this.probePassword = password;
        return this;
    }

    /** The port it listens on, once started. */
    public int port() {
        return port;
    }

    /** The operating system's process id of the running service (for its memory, read from /proc). */
    public long pid() {
        return process.pid();
    }

    public void start() throws Exception {
        port = freePort();
        log = logs.resolve("service-" + Instant.now().toEpochMilli() + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=" + port));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        builder.environment().putAll(environment);
        process = builder.start();
        Instant limit = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(limit)) {
            if (!process.isAlive()) {
                throw new AssertionError("the service stopped while starting:\n" + Files.readString(log));
            }
            try {
                if (send("GET", "/api/timescales", probeUser, probePassword, null, Map.of()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the service did not answer within " + START_LIMIT.toSeconds() + " s:\n" + Files.readString(log));
    }

    /** As kill -9: no shutdown hook runs, nothing is flushed that was not committed. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    public void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    /** The folder of the service's logs (one file per start). */
    public Path logs() {
        return logs;
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    public HttpResponse<String> send(String method, String path, String user, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        return send(method, path, user, user, body, headers);
    }

    public HttpResponse<String> send(String method, String path, String user, String password, String body,
                                     Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofMinutes(5))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.setHeader("Content-Type", "application/json");
        }
        headers.forEach(request::setHeader);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
