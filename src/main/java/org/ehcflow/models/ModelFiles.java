package org.ehcflow.models;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The models a designer edits: every .bpmn and .dmn under bpmn/ and every .form under forms/, each named by its
 * path relative to the models' root ("bpmn/ehc-needs-assessment.bpmn"), in a stable order. Symbolic links are
 * followed (a folder mounted from elsewhere); hidden entries are skipped, among them the "..data" and dated folders
 * through which Kubernetes links the files of a mounted ConfigMap, so each model is read once, by its own name.
 */
record ModelFiles(Path root, List<ModelFile> files) {

    record ModelFile(String name, Path path, byte[] content, long lastModified) {
    }

    static ModelFiles scan(Path root) {
        Path absoluteRoot = root.toAbsolutePath().normalize();
        List<ModelFile> files = Stream.concat(
                        list(absoluteRoot, "bpmn", ".bpmn", ".dmn"),
                        list(absoluteRoot, "forms", ".form"))
                .map(path -> read(absoluteRoot, path))
                .sorted((a, b) -> a.name().compareTo(b.name()))
                .toList();
        return new ModelFiles(absoluteRoot, files);
    }

    /**
     * Changes when any model's content changes, when one is added, removed or renamed, and when one is saved again
     * (its modification time moves), so that a designer's save always reaches the engine.
     */
    String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (ModelFile file : files) {
                digest.update(file.name().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Long.toString(file.lastModified()).getBytes(StandardCharsets.US_ASCII));
                digest.update((byte) 0);
                digest.update(MessageDigest.getInstance("SHA-256").digest(file.content()));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Stream<Path> list(Path root, String folder, String... endings) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        try (Stream<Path> walk = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
            return walk.filter(path -> !isHidden(dir.relativize(path)))
                    .filter(Files::isRegularFile)
                    .filter(path -> Stream.of(endings).anyMatch(ending -> path.getFileName().toString().endsWith(ending)))
                    .toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static ModelFile read(Path root, Path path) {
        try {
            String name = root.relativize(path).toString().replace('\\', '/');
            return new ModelFile(name, path, Files.readAllBytes(path), Files.getLastModifiedTime(path).toMillis());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
