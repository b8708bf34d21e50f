package org.ehcflow.notification;

import org.springframework.beans.factory.ObjectProvider;

/** A bean that is there, or is not, as Spring would provide it (a service built by hand in a test). */
final class TestProviders {

    private TestProviders() {
    }

    static <T> ObjectProvider<T> absent() {
        return of(null);
    }

    static <T> ObjectProvider<T> of(T bean) {
        return new ObjectProvider<>() {
            @Override
            public T getObject() {
                if (bean == null) {
                    throw new UnsupportedOperationException("no such bean");
                }
                return bean;
            }

            @Override
            public T getIfAvailable() {
                return bean;
            }
        };
    }
}
