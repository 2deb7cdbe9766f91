package org.policygraph.ask.question;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The units' English names and their stems as an English question writes them (any case, words apart), taken out
 * of it longest first. The names a question holds are found in one pass (copies of plans multiply the names); only
 * their patterns run.
 */
final class EnglishUnitNames {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Longest first, as {@link EnglishUnitStems#surfaces} gives them. */
    private final List<Pattern> patterns;
    /** Each name, words one space apart, in the patterns' order. */
    private final SurfaceTrie names;

    EnglishUnitNames(List<String> lowerCaseNames) {
        this.patterns = lowerCaseNames.stream().map(n -> Pattern.compile("(?<![a-z])" + Pattern.quote(n)
                .replace(" ", "\\E\\s+\\Q") + "(?![a-z])", Pattern.CASE_INSENSITIVE)).toList();
        this.names = new SurfaceTrie(lowerCaseNames.stream().map(n -> SPACES.matcher(n).replaceAll(" ")).toList());
    }

    /** The English text with the names it holds replaced by {@code mark}, longest first. */
    String without(String english, String mark) {
        String text = english;
        for (int i : names.placesIn(SPACES.matcher(english.toLowerCase(Locale.ROOT)).replaceAll(" "))) {
            text = patterns.get(i).matcher(text).replaceAll(mark);
        }
        return text;
    }
}
