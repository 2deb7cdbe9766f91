package org.policygraph.extract;

import java.util.List;

/**
 * A list of units as written, with what the text says about them: LEAD (牵头), SUPPORT (配合, 会同, or listed after
 * a lead), PLAIN (a 责任单位 list whose first member is read as the first-listed lead), IMPLEMENTER (实施单位: the body
 * that carries the work out) or LEADER (分管领导: people, never units).
 */
record UnitList(List<String> mentions, Kind kind, String quote) {
    enum Kind { LEAD, SUPPORT, PLAIN, IMPLEMENTER, LEADER }
}
