package org.ehcflow.models;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param root the folder holding bpmn/ and forms/: the working directory by default, a mounted folder for a
 *             packaged jar. Text, not a Path, because Spring would resolve a Path against the web root.
 */
@ConfigurationProperties("ehcflow.models")
public record ModelsProperties(@DefaultValue(".") String root) {

    Path rootPath() {
        return Path.of(root).toAbsolutePath().normalize();
    }
}
