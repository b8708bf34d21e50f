package org.ehcflow.operations;

import java.util.Arrays;
import java.util.Map;
import java.util.OptionalDouble;

/** Reads one series from Prometheus's text format: the metric's name and the labels it must carry. */
final class PrometheusText {

    private PrometheusText() {
    }

    static OptionalDouble value(String scrape, String metric, Map<String, String> labels) {
        return Arrays.stream(scrape.split("\n"))
                .filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
                .filter(line -> labels.entrySet().stream().allMatch(l -> line.contains(l.getKey() + "=\"" + l.getValue() + "\"")))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst();
    }
}
