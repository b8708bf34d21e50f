package org.ehcflow.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The wording of every notice, one file per template under classpath:notifications/: a first line
 * "Subject: ...", a blank line, then the body. {placeholders} name case fields and process values;
 * an unknown placeholder is an error rather than a gap in a letter to a parent. A placeholder's name may itself hold
 * placeholders ({due.{adviceKey}}), but only the template's: values are inserted as they are, once, and never read
 * for placeholders, so a child named "Ann {oops}" is printed as typed.
 */
@Component
class NotificationTemplates {

    record Rendered(String subject, String body) {
    }

    Rendered render(String template, Map<String, String> values) {
        String text = TemplateText.fill(read(template), values);
        if (!text.startsWith("Subject: ")) {
            throw new IllegalStateException("notifications/" + template + ".txt must start with a 'Subject: ' line");
        }
        int endOfSubject = text.indexOf('\n');
        return new Rendered(text.substring("Subject: ".length(), endOfSubject).strip(), text.substring(endOfSubject + 1).strip());
    }

    /** Whether notifications/{template}.txt exists. */
    boolean exists(String template) {
        return NoticePlaceholders.exists(template);
    }

    private static String read(String template) {
        if (!template.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("a template name is lower-case words joined by hyphens, not '" + template + "'");
        }
        try (InputStream in = NotificationTemplates.class.getResourceAsStream("/notifications/" + template + ".txt")) {
            if (in == null) {
                throw new IllegalArgumentException("no notification template notifications/" + template + ".txt");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
