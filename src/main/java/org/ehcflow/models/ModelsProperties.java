package org.ehcflow.models;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param root the folder holding bpmn/ and forms/ (the working directory by default; a mounted folder for a packaged jar) */
@ConfigurationProperties("ehcflow.models")
public record ModelsProperties(@DefaultValue(".") Path root) {
}
