package org.ehcflow.system;

/**
 * Characters nobody types into a name, a reason or a CSV cell: NUL and the other control characters. Line breaks and
 * tabs are text; the rest are refused, as a database may choke on them (PostgreSQL refuses NUL) and no letter can
 * print them.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    public static boolean in(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return true;
            }
        }
        return false;
    }

    /**
     * Refuses the first of {@code fields} (name, value; in pairs) holding a control character, naming it: for values
     * that reach a journey other than through JSON (a Tasklist start form).
     */
    public static void refuse(String... fields) {
        for (int i = 0; i + 1 < fields.length; i += 2) {
            if (fields[i + 1] != null && in(fields[i + 1])) {
                throw new InvalidFieldException(fields[i], refusal(fields[i]));
            }
        }
    }

    public static String refusal(String field) {
        return field + " holds a control character (such as NUL) that no one types: remove it";
    }
}
