package org.policygraph.ask.question;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.policygraph.graph.read.DepartmentSummary;

/**
 * Every way the graph's departments are written (name, full name, aliases, the name without 市, English name),
 * mapped to the canonical name; finds the departments a question mentions.
 */
public final class DepartmentNames {
    private final Map<String, String> canonicalBySurface = new HashMap<>();
    private final List<String> surfacesLongestFirst;
    /** The surfaces {@link #mentionedIn} reads: three characters or more, or ending in 办. */
    private final SurfaceTrie readSurfaces;
    private final Map<String, DepartmentSummary> byName = new HashMap<>();
    /** Each department's written forms (two characters or more), in the order canonicalBySurface holds them. */
    private final Map<String, List<String>> surfacesByCanonical = new HashMap<>();
    /** Every department (by name) that a folded surface or level-free stem may mean: several places share names. */
    private final Map<String, Set<String>> namesBySurface = new HashMap<>();
    private final Map<String, Set<String>> namesByStem = new HashMap<>();
    private static final Pattern LEVEL = Pattern.compile("^(省|市|区|县)");

    /**
     * The English name of each department name, null for a name that departments of several places share with
     * different English names (Zhengzhou's and Guangzhou's 市人才办): which of them came last in the store's order
     * changed with every re-import, and so did which place an answer's English named.
     */
    private final Map<String, String> englishByName = new HashMap<>();
    private final EnglishUnitNames englishSurfaces;

    public DepartmentNames(List<DepartmentSummary> departments) {
        EnglishUnitStems stems = new EnglishUnitStems(departments.stream().map(DepartmentSummary::nameEn)
                .filter(n -> n != null && !n.isBlank()).toList());
        for (DepartmentSummary department : departments) {
            String english = department.nameEn() == null || department.nameEn().isBlank() ? null : department.nameEn();
            if (byName.containsKey(department.name())) {
                englishByName.computeIfPresent(department.name(), (name, earlier) -> earlier.equals(english) ? earlier : null);
            } else if (english != null) {
                englishByName.put(department.name(), english);
            }
            byName.put(department.name(), department);
            Set<String> surfaces = new LinkedHashSet<>();
            surfaces.add(department.name());
            surfaces.add(department.fullName());
            surfaces.addAll(department.aliases());
            surfaces.add(department.nameEn());
            // "the Urban Management Bureau" for Zhengzhou Municipal Urban Management Bureau: English as in Chinese
            surfaces.add(stems.stem(department.nameEn()));
            for (String surface : surfaces) {
                register(surface, department);
            }
            // 发改委 for 市发改委, 发改局 for 区发改局: a unit is named without its level word as often as with it
            String name = department.name();
            if (LEVEL.matcher(name).find() && name.length() >= 4) {
                register(name.substring(1), department);
            }
            UnitContractions.withoutCommittee(name).ifPresent(body -> register(body, department));
        }
        englishSurfaces = new EnglishUnitNames(
                stems.surfaces(departments.stream().map(DepartmentSummary::nameEn).toList()));
        surfacesLongestFirst = new ArrayList<>(canonicalBySurface.keySet());
        surfacesLongestFirst.sort(Comparator.comparingInt(String::length).reversed());
        readSurfaces = new SurfaceTrie(surfacesLongestFirst.stream()
                .filter(surface -> surface.length() >= 3 || surface.endsWith("办")).toList());
        canonicalBySurface.forEach((surface, canonical) -> {
            if (surface.length() >= 2) {
                surfacesByCanonical.computeIfAbsent(canonical, c -> new ArrayList<>()).add(surface);
            }
        });
    }

    /** The written form and its shortened one (区发展和改革局 is also 区发改局). */
    private void register(String surface, DepartmentSummary department) {
        if (surface == null || surface.isBlank()) {
            return;
        }
        String folded = Texts.fold(surface);
        registerFolded(folded, department);
        String shortened = UnitContractions.shortened(folded);
        if (!shortened.equals(folded)) {
            registerFolded(shortened, department);
        }
    }

    private void registerFolded(String folded, DepartmentSummary department) {
        namesBySurface.computeIfAbsent(folded, k -> new LinkedHashSet<>()).add(department.name());
        namesByStem.computeIfAbsent(stem(folded), k -> new LinkedHashSet<>()).add(department.name());
        String previous = canonicalBySurface.get(folded);
        if (previous == null || prefers(department, byName.get(previous))) {
            canonicalBySurface.put(folded, department.name());
        }
    }

    /** A city department wins a shared short name over others; then the busier one. */
    private static boolean prefers(DepartmentSummary candidate, DepartmentSummary current) {
        boolean candidateCity = candidate.name().startsWith("市");
        boolean currentCity = current != null && current.name().startsWith("市");
        if (candidateCity != currentCity) {
            return candidateCity;
        }
        return current == null || candidate.leads() + candidate.supports() > current.leads() + current.supports();
    }

    /** Canonical names of the departments mentioned in the (folded) text, in order of appearance. */
    List<String> mentionedIn(String foldedText) {
        List<String> found = new ArrayList<>(readSurfaces.taken(foldedText));
        String shortened = UnitContractions.shortened(foldedText);
        if (!shortened.equals(foldedText)) {
            // a unit the question writes in full where its plan writes it short is found in the shortened question
            List<String> writtenShort = found.stream().map(UnitContractions::shortened).toList();
            readSurfaces.taken(shortened).stream().filter(s -> writtenShort.stream().noneMatch(w -> w.contains(s)))
                    .forEach(found::add);
        }
        return found.stream().map(canonicalBySurface::get).distinct().toList();
    }

    /**
     * The departments of the graph a question naming this one may mean: those sharing one of its written forms
     * (Lishui's 市发改委 for Zhengzhou's 市发展改革委), and with {@code anyLevel} also those whose name differs only
     * by the level word (浙江's 省发展改革委), for a question held to another place.
     */
    public List<String> sameNamed(String canonical, boolean anyLevel) {
        Set<String> names = new LinkedHashSet<>(List.of(canonical));
        for (String surface : surfacesOf(canonical)) {
            names.addAll(namesBySurface.getOrDefault(surface, Set.of()));
            if (anyLevel) {
                names.addAll(namesByStem.getOrDefault(stem(surface), Set.of()));
            }
        }
        return new ArrayList<>(names);
    }

    private static String stem(String folded) {
        String stem = LEVEL.matcher(folded).replaceFirst("");
        return stem.length() >= 2 ? stem : folded;
    }

    /** Every written form of a department (folded), for spotting it in task text. */
    public List<String> surfacesOf(String canonical) {
        return surfacesByCanonical.getOrDefault(canonical, List.of());
    }

    public DepartmentSummary info(String canonical) {
        return byName.get(canonical);
    }

    /** The English text with the units' English names replaced by {@code mark} (a unit named is no topic word). */
    String withoutEnglishNames(String english, String mark) {
        return englishSurfaces.without(english, mark);
    }

    /** The (folded) text with every unit name written in it replaced by {@code mark}. */
    String marked(String foldedText, String mark) {
        String text = foldedText;
        for (String surface : surfacesIn(foldedText)) {
            text = text.replace(surface, mark);
        }
        return text;
    }

    /** All surfaces, for the segmenter's custom dictionary. */
    public List<String> surfaces() {
        return surfacesLongestFirst.stream().filter(s -> !s.chars().anyMatch(c -> c < 128)).toList();
    }

    public String english(String canonical) {
        return englishByName.get(canonical);
    }

    /** The department surfaces found in the text, longest first (to blank them out before segmenting). */
    List<String> surfacesIn(String foldedText) {
        return readSurfaces.in(foldedText);
    }

    /** The canonical department a glossary group names, if one of its forms is a department surface. */
    String canonicalOf(List<String> forms) {
        for (String form : forms) {
            String canonical = canonicalBySurface.get(form);
            if (canonical == null) {
                canonical = canonicalBySurface.get("市" + form);
            }
            if (canonical != null) {
                return canonical;
            }
        }
        return null;
    }
}
