package org.policygraph.graph.read;

import java.util.List;

/** A task as shown in a document outline: who leads and supports it, its deadline and targets. */
public record OutlineTask(String id, String text, String sectionPath, int line, List<String> leads,
                          List<String> supports, String deadline, String deadlinePrecision, List<String> targets) {
}
