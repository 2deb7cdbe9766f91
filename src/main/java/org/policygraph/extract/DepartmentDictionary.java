package org.policygraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policygraph.parse.Jurisdiction;

/**
 * The known responsible bodies of one place (the shipped one is Zhengzhou's: its city, districts and province),
 * read from graph-import/departments.tsv, and the resolution of a mention as
 * written in a list (发展改革委 after 市商务局、) to one canonical body (市发展改革委).
 */
public final class DepartmentDictionary {
    private static final String RESOURCE = "graph-import/departments.tsv";

    /** A comment line that says whose bodies the dictionary holds: {@code #@city<TAB>郑州市}, {@code #@province<TAB>河南省}. */
    private static final String PLACE = "#@";

    private final String city;
    private final String province;
    private final List<Department> departments;
    private final Map<String, Department> byAlias = new HashMap<>();

    DepartmentDictionary(String city, String province, List<Department> departments) {
        this.city = city;
        this.province = province;
        this.departments = List.copyOf(departments);
        for (Department d : departments) {
            d.aliases().forEach(a -> byAlias.putIfAbsent(UnitNames.fold(a), d));
        }
        for (Department d : departments) {
            byAlias.put(UnitNames.fold(d.name()), d);
            byAlias.putIfAbsent(UnitNames.fold(d.fullName()), d);
        }
    }

    public static DepartmentDictionary load() {
        InputStream in = DepartmentDictionary.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Missing classpath resource " + RESOURCE);
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> lines = reader.lines().filter(l -> !l.isBlank()).toList();
            Map<String, String> places = new HashMap<>();
            lines.stream().filter(l -> l.startsWith(PLACE)).map(l -> l.substring(PLACE.length()).split("\t"))
                    .forEach(p -> places.put(p[0].trim(), p[1].trim()));
            return new DepartmentDictionary(places.get("city"), places.get("province"), lines.stream()
                    .filter(l -> !l.startsWith("#")).map(l -> parseLine(l, places)).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    private static Department parseLine(String line, Map<String, String> places) {
        String[] c = Arrays.copyOf(line.split("\t", -1), 6);
        List<String> aliases = c[5] == null || c[5].isBlank() ? List.of()
                : Arrays.stream(c[5].split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        String level = c[3].trim();
        String place = places.get(level.equals("province") ? "province" : "city");
        return new Department(place + "/" + c[0].trim(), c[0].trim(), c[1].trim(), c[2].trim(), place, level,
                c[4].trim(), aliases, true);
    }

    /** True when the dictionary holds the bodies of documents of this place (its city, or its province). */
    public boolean covers(Jurisdiction jurisdiction) {
        return jurisdiction.name() != null && (jurisdiction.name().equals(city) || jurisdiction.name().equals(province));
    }

    /**
     * Resolves a mention. {@code previousInList} is the mention written before it in the same list (or null):
     * a 市/省 prefix written there carries over to a bare mention (「市商务局、发展改革委」).
     */
    public Optional<Department> resolve(String mention, String previousInList) {
        String m = UnitNames.fold(mention);
        if (m.isEmpty()) {
            return Optional.empty();
        }
        String prefix = UnitNames.levelPrefix(previousInList);
        if (prefix != null && !UnitNames.hasLevelPrefix(m)) {
            Optional<Department> carried = lookup(prefix + m);
            if (carried.isPresent()) {
                return carried;
            }
        }
        return lookup(m);
    }

    private Optional<Department> lookup(String folded) {
        for (String candidate : UnitNames.spellings(folded)) {
            Department d = byAlias.get(candidate);
            if (d != null) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    public List<Department> all() {
        return departments;
    }
}
