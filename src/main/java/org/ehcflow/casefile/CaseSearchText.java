package org.ehcflow.casefile;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Text as case search compares it: lower case, accents and other marks taken off, runs of spaces made one, so that
 * "zoe obrien" finds "Zoë O'Brien". The same folding is applied to what is stored and to what is searched for.
 */
public final class CaseSearchText {

    /** The longest search text stored: more than every field's own limit together would need. */
    static final int MAX_LENGTH = 1000;

    private CaseSearchText() {
    }

    /** The stored search text of a case, from the words it may be found by. */
    public static String of(String... words) {
        String joined = Stream.of(words).filter(Objects::nonNull).map(CaseSearchText::fold).filter(w -> !w.isEmpty())
                .collect(Collectors.joining(" | "));
        return joined.length() > MAX_LENGTH ? joined.substring(0, MAX_LENGTH) : joined;
    }

    /** Lower case, without marks or apostrophes, single-spaced. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("['’`]", "").replaceAll("\\s+", " ").strip();
    }
}
