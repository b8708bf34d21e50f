package org.ehcflow.system;

import java.io.IOException;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Every text value of an /api request body is refused, naming its field, when it holds a control character (NUL and
 * the like): what no person types is either an attack or a corrupted file, and it would otherwise reach the database
 * and the letters. Registered with Spring's ObjectMapper as a module bean.
 */
@Component
public class PlainTextModule extends SimpleModule {

    public PlainTextModule() {
        super("ehcflow-plain-text");
        addDeserializer(String.class, new PlainTextDeserializer());
    }

    private static final class PlainTextDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = super.deserialize(p, ctxt);
            if (text != null && ControlCharacters.in(text)) {
                return (String) ctxt.handleWeirdStringValue(String.class, text,
                        "holds a control character (such as NUL) that no one types: remove it");
            }
            return text;
        }
    }
}
