package org.policygraph.graph.read;

import java.util.List;

/** Everything a department leads or supports, sorted by deadline (undated last). */
public record DepartmentChain(DepartmentSummary department, List<ChainTask> tasks) {
}
