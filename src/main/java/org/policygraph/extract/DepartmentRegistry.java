package org.policygraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the unit lists read for one task into responsibilities, resolving each mention through the dictionary
 * and remembering every department a document refers to, unknown ones included (inDictionary=false).
 */
final class DepartmentRegistry {
    private final DepartmentDictionary dictionary;
    private final Map<String, Department> used = new LinkedHashMap<>();

    DepartmentRegistry(DepartmentDictionary dictionary) {
        this.dictionary = dictionary;
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
                Responsibility r;
                if (list.kind() == UnitList.Kind.LEAD) {
                    r = new Responsibility(d.name(), Role.LEADS, "explicit", list.quote(), UnitNames.fold(mention));
                } else if (list.kind() == UnitList.Kind.PLAIN && !explicitLead && !firstListedTaken && i == 0) {
                    r = new Responsibility(d.name(), Role.LEADS, "first-listed", list.quote(), UnitNames.fold(mention));
                    firstListedTaken = true;
                } else {
                    r = new Responsibility(d.name(), Role.SUPPORTS, "listed", list.quote(), UnitNames.fold(mention));
                }
                Responsibility existing = byDepartment.get(d.name());
                if (existing == null || existing.role() == Role.SUPPORTS && r.role() == Role.LEADS) {
                    byDepartment.put(d.name(), r);
                }
            }
        }
        return new ArrayList<>(byDepartment.values());
    }

    Department department(String mention, String previous) {
        Department d = dictionary.resolve(mention, previous).orElseGet(() -> unknown(mention, previous));
        used.putIfAbsent(d.name(), d);
        return d;
    }

    private static Department unknown(String mention, String previous) {
        String name = UnitNames.fold(mention);
        String fullName = name;
        if (name.startsWith("郑州市") || name.startsWith("河南省")) {
            name = (name.startsWith("郑") ? "市" : "省") + name.substring(3);
        }
        String kind = UnitKinds.kind(name);
        String prefix = UnitNames.levelPrefix(previous);
        boolean body = List.of("bureau", "commission", "office", "center").contains(kind);
        if (prefix != null && body && !UnitNames.hasLevelPrefix(name)) {
            name = prefix + name;
        }
        if (fullName.equals(name) && name.startsWith("市")) {
            fullName = "郑州" + name;
        }
        return new Department(name, fullName, null, UnitKinds.level(name, kind), kind, List.of(), false);
    }

    List<Department> used() {
        return List.copyOf(used.values());
    }
}
