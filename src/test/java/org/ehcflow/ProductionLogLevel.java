package org.ehcflow;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * Logs at INFO, as production does, while each test runs (the tests' own level is WARN, logback-test.xml): for tests
 * that read what a journey logs.
 */
public class ProductionLogLevel implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        set(LogLevel.INFO);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        set(LogLevel.WARN);
    }

    private static void set(LogLevel level) {
        LoggingSystem.get(ProductionLogLevel.class.getClassLoader()).setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, level);
    }
}
