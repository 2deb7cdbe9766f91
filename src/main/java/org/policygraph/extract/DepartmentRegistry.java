package org.policygraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policygraph.parse.Jurisdiction;

/**
 * Turns the unit lists read for one task into responsibilities and remembers every department a document refers
 * to. Mentions resolve within the document's jurisdiction: through the dictionary where it is that place's, else by
 * their form, keyed by the place (广州市/市财政局), so that the bodies of two places never merge.
 */
final class DepartmentRegistry {
    private final DepartmentDictionary dictionary;
    private final Jurisdiction jurisdiction;
    private final Map<String, Department> used = new LinkedHashMap<>();

    DepartmentRegistry(DepartmentDictionary dictionary, Jurisdiction jurisdiction) {
        this.dictionary = dictionary;
        this.jurisdiction = jurisdiction;
    }

    List<Responsibility> responsibilities(List<UnitList> lists) {
        boolean explicitLead = lists.stream().anyMatch(l -> l.kind() == UnitList.Kind.LEAD);
        Map<String, Responsibility> byDepartment = new LinkedHashMap<>();
        boolean firstListedTaken = false;
        for (UnitList list : lists) {
            String previous = null;
            for (int i = 0; i < list.mentions().size(); i++) {
                String mention = list.mentions().get(i);
                Department d = department(mention, previous);
                previous = d.name();
                Role role = list.kind() == UnitList.Kind.LEAD
                        || list.kind() == UnitList.Kind.PLAIN && !explicitLead && !firstListedTaken && i == 0
                        ? Role.LEADS : list.kind() == UnitList.Kind.IMPLEMENTER ? Role.IMPLEMENTS : Role.SUPPORTS;
                String basis = role != Role.LEADS ? "listed" : list.kind() == UnitList.Kind.LEAD ? "explicit" : "first-listed";
                firstListedTaken |= basis.equals("first-listed");
                Responsibility r = new Responsibility(d.name(), role, basis, list.quote(), UnitNames.fold(mention), d.key());
                Responsibility existing = byDepartment.get(d.key());
                if (existing == null || existing.role() != Role.LEADS && r.role() == Role.LEADS) {
                    byDepartment.put(d.key(), r);
                }
            }
        }
        return new ArrayList<>(byDepartment.values());
    }

    Department department(String mention, String previous) {
        Optional<Department> known = dictionary.covers(jurisdiction) ? dictionary.resolve(mention, previous) : Optional.empty();
        Department d = known.orElseGet(() -> byForm(mention, previous));
        used.putIfAbsent(d.key(), d);
        return d;
    }

    /** A unit no dictionary of this place knows: its name as written, the level word of the list carried over. */
    private Department byForm(String mention, String previous) {
        String name = UnitNames.fold(mention);
        String place = jurisdiction.name();
        if (place != null && name.startsWith(place) && name.length() > place.length() + 1) {
            name = place.substring(place.length() - 1) + name.substring(place.length());
        }
        String kind = UnitKinds.kind(name);
        String prefix = UnitNames.levelPrefix(previous);
        boolean body = List.of("bureau", "commission", "office", "center", "organ").contains(kind);
        if (prefix != null && body && !UnitNames.hasLevelPrefix(name)) {
            name = prefix + name;
        }
        String fullName = place != null && name.startsWith(place.substring(place.length() - 1))
                && UnitNames.levelPrefix(name) != null && name.length() > 2 ? place + name.substring(1) : name;
        return new Department(jurisdiction.label() + "/" + name, name, fullName, null, place, level(name), kind,
                List.of(), false);
    }

    /** The level its prefix names (区发展改革委: district), else the document's. */
    private String level(String name) {
        String prefix = UnitNames.levelPrefix(name);
        if (prefix == null) {
            return jurisdiction.level() == null ? "city" : jurisdiction.level();
        }
        return Jurisdiction.levelOf(prefix);
    }

    List<Department> used() {
        return List.copyOf(used.values());
    }
}
