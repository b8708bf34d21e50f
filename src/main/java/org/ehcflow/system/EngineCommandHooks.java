package org.ehcflow.system;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;

/**
 * The two ways the product reaches into Camunda's commands: an interceptor before each transaction-bound
 * command, and the reading of a command's protected field (Camunda offers no getter). A field that is no longer there
 * fails start-up with the reason, rather than letting a guard fall silent after an upgrade.
 */
public final class EngineCommandHooks {

    private EngineCommandHooks() {
    }

    public static void intercept(SpringProcessEngineConfiguration configuration, CommandInterceptor interceptor) {
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(interceptor);
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    public static Field field(Class<?> command, String name, String usedBy) {
        try {
            Field field = command.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Camunda's " + command.getSimpleName() + " no longer holds " + name
                    + ": check " + usedBy + " against this Camunda version", e);
        }
    }

    @SuppressWarnings("unchecked")
    public static <T> T read(Field field, Object command) {
        try {
            return (T) field.get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Camunda's command no longer gives " + field.getName(), e);
        }
    }
}
