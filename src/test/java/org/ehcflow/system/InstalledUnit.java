package org.ehcflow.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** docs/ops/ehc-flow.service as systemd reads it: the command it starts and the environment it sets. */
public final class InstalledUnit {

    private static final Path UNIT = Path.of("docs/ops/ehc-flow.service");

    private InstalledUnit() {
    }

    /** ExecStart, its continued lines joined, split into words. */
    public static List<String> execStart() throws IOException {
        String line = lines().stream().filter(l -> l.startsWith("ExecStart=")).findFirst().orElseThrow();
        return Arrays.stream(line.substring("ExecStart=".length()).trim().split("\\s+")).toList();
    }

    /** The JVM's options: the words between the java command and -jar. */
    public static List<String> jvmOptions() throws IOException {
        List<String> command = execStart();
        return command.subList(1, command.indexOf("-jar"));
    }

    /** The variables of its Environment= lines (NAME=value each). */
    public static Map<String, String> environment() throws IOException {
        Map<String, String> environment = new LinkedHashMap<>();
        for (String line : lines()) {
            if (line.startsWith("Environment=")) {
                for (String assignment : line.substring("Environment=".length()).trim().split("\\s+")) {
                    environment.put(assignment.substring(0, assignment.indexOf('=')),
                            assignment.substring(assignment.indexOf('=') + 1));
                }
            }
        }
        return environment;
    }

    private static List<String> lines() throws IOException {
        return Files.readString(UNIT).replace("\\\n", " ").lines().toList();
    }
}
