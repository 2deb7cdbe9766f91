package org.policygraph.graph.read;

import java.util.List;

/** One heading of a document's outline with the tasks written directly under it. */
public record OutlineSection(String path, String number, String heading, int level, int line,
                             List<OutlineTask> tasks) {
}
