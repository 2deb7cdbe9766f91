package org.policygraph.extract;

import java.util.List;

/**
 * A responsible body. {@code key} is jurisdiction + "/" + name (郑州市/市财政局, 广州市/市财政局), so the same
 * name in two places is two bodies; {@code name} is the canonical short form the documents use (市财政局),
 * {@code fullName} the name with its place where known (广州市财政局). {@code level} is "province", "city",
 * "district" or "county"; {@code kind} "bureau", "commission", "office", "organ", "district", "zone", "company",
 * "group", "collective" or "other"; {@code inDictionary} is false for units recognised by their form alone.
 */
public record Department(String key, String name, String fullName, String nameEn, String jurisdiction, String level,
                         String kind, List<String> aliases, boolean inDictionary) {
}
