package io.github.httpstatus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a name that is no member's or alias's was probably meant to be, from what the project
 * knows: the phrases, the names in other case or with spaces, the legacy constants the migration
 * recipes map ({@code SC_NOT_FOUND}, {@code HTTP_NOT_FOUND}, {@code NOT_FOUND_404}, ...) and names
 * a letter or two away. Used only on an error, so it loads only then.
 */
final class NameHints {

    /**
     * The legacy constants of {@code http-status-rewrite}'s recipes, one row a legacy class and
     * constant, with the member it maps to. A copy: this module cannot depend on the recipes, and
     * an integration test holds it equal to their {@code http-status.yml}.
     */
    private static final String LEGACY_NAMES = "legacy-names.tsv";
    /** Further than this many edits, a name is no near miss. */
    private static final int MOST_EDITS = 2;

    /** Beyond this length plus {@link #MOST_EDITS}, a name is near none: the longest name or alias. */
    private static final int LONGEST_NAME = longestName();

    /** Legacy constant name to the member and the legacy classes that have it, in file order. */
    private static final Map<String, Legacy> LEGACY = readLegacyNames();

    private NameHints() {
    }

    /** A legacy constant name: the member it maps to, and the classes that declare it. */
    private static final class Legacy {
        final HttpStatus member;
        final List<String> classes = new ArrayList<>();

        Legacy(HttpStatus member) {
            this.member = member;
        }
    }

    /**
     * A hint such as {@code "did you mean NOT_FOUND?"} for a name that is no member's or alias's,
     * or {@code null} when nothing comes close.
     */
    static String forName(String name) {
        String trimmed = name.trim();
        String normalised = trimmed.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        if (HttpStatus.ByName.TABLE.containsKey(normalised)) {
            return "did you mean " + normalised + "?";
        }
        for (HttpStatus member : HttpStatus.values()) {
            if (member.phrase().equalsIgnoreCase(trimmed)) {
                return "did you mean " + member.name() + ", whose phrase is \"" + member.phrase() + "\"?";
            }
        }
        Legacy legacy = LEGACY.get(normalised);
        if (legacy != null) {
            return "did you mean " + legacy.member.name() + "? " + normalised + " is " + legacy.member.value()
                    + " in " + String.join(", ", legacy.classes);
        }
        List<String> nearest = nearestNames(normalised);
        return nearest.isEmpty() ? null : "did you mean " + String.join(" or ", nearest) + "?";
    }

    /**
     * The names and aliases fewest edits away, sorted: at most {@link #MOST_EDITS}, and no more
     * than a third of the name's length, so that a short word is not taken for {@code OK}.
     */
    private static List<String> nearestNames(String name) {
        if (name.length() > LONGEST_NAME + MOST_EDITS) {
            return Collections.emptyList();
        }
        // Sorted, so that names equally near are suggested in a stable order.
        Set<String> candidates = new TreeSet<>(HttpStatus.ByName.TABLE.keySet());
        List<String> nearest = new ArrayList<>();
        int fewest = MOST_EDITS;
        for (String candidate : candidates) {
            int edits = edits(name, candidate);
            if (edits * 3 > candidate.length()) {
                continue;
            }
            if (edits < fewest) {
                nearest.clear();
                fewest = edits;
            }
            if (edits == fewest) {
                nearest.add(candidate);
            }
        }
        return nearest;
    }

    private static int longestName() {
        int longest = 0;
        for (String name : HttpStatus.ByName.TABLE.keySet()) {
            longest = Math.max(longest, name.length());
        }
        return longest;
    }

    /** The Levenshtein distance: insertions, deletions and substitutions that turn one into the other. */
    static int edits(String from, String to) {
        int[] previous = new int[to.length() + 1];
        int[] current = new int[to.length() + 1];
        for (int j = 0; j <= to.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= from.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= to.length(); j++) {
                int substitution = previous[j - 1] + (from.charAt(i - 1) == to.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[to.length()];
    }

    private static Map<String, Legacy> readLegacyNames() {
        InputStream in = NameHints.class.getResourceAsStream(LEGACY_NAMES);
        if (in == null) {
            throw new IllegalStateException("HttpStatus: the library's data file " + LEGACY_NAMES + " is missing from its jar");
        }
        Map<String, Legacy> legacy = new LinkedHashMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines.readLine();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] fields = line.split("\t", 3);
                legacy.computeIfAbsent(fields[1], constant -> new Legacy(HttpStatus.valueOf(fields[2])))
                        .classes.add(fields[0]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("HttpStatus: cannot read the library's data file " + LEGACY_NAMES, e);
        }
        return legacy;
    }
}
