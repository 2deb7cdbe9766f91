package org.policygraph.graph.read;

import java.util.List;

/** One task in a department's responsibility chain: its role there, the task's other units, deadline and targets. */
public record ChainTask(String taskId, String role, String basis, String text, String docKey, String docNo,
                        String docTitle, String section, String sourceFile, int line, String deadline,
                        String deadlinePrecision, List<String> targets, List<String> leads, List<String> supports) {
}
