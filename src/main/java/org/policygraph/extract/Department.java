package org.policygraph.extract;

import java.util.List;

/**
 * A responsible body. {@code level} is "city", "province", "district", "national";
 * {@code kind} is "bureau", "office", "district", "zone", "company", "group", "other";
 * {@code inDictionary} is false for units the extractor found that the dictionary does not know.
 */
public record Department(String name, String fullName, String nameEn, String level, String kind,
                         List<String> aliases, boolean inDictionary) {
}
