package org.ehcflow.notification;

import java.util.Map;

/**
 * Fills a template's {placeholders} in one pass over the template's own text. What a value holds (braces, "${}",
 * "%s", backslashes) is copied into the letter as it is and never read again.
 */
final class TemplateText {

    private final String template;
    private final Map<String, String> values;
    private int position;

    private TemplateText(String template, Map<String, String> values) {
        this.template = template;
        this.values = values;
    }

    static String fill(String template, Map<String, String> values) {
        TemplateText text = new TemplateText(template, values);
        String filled = text.until(false);
        if (text.position < template.length()) {
            throw text.malformed("an unopened '}'");
        }
        return filled;
    }

    /** The text up to the end of the template, or up to the '}' that closes the placeholder being read. */
    private String until(boolean insidePlaceholder) {
        StringBuilder out = new StringBuilder();
        while (position < template.length()) {
            char c = template.charAt(position);
            if (c == '}') {
                if (!insidePlaceholder) {
                    return out.toString();
                }
                position++;
                return out.toString();
            }
            position++;
            if (c == '{') {
                out.append(valueOf(until(true)));
            } else {
                out.append(c);
            }
        }
        if (insidePlaceholder) {
            throw malformed("a '{' that is never closed");
        }
        return out.toString();
    }

    private String valueOf(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("No value for the placeholder {" + name + "}");
        }
        return value;
    }

    private IllegalStateException malformed(String what) {
        return new IllegalStateException("The template has " + what + " at character " + position);
    }
}
