package org.policygraph.web.mcp;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema;
import org.policygraph.ask.Answer;
import org.policygraph.ask.AskOptions;
import org.policygraph.ask.Asker;
import org.policygraph.graph.read.BoardFilter;
import org.policygraph.graph.read.DocumentOutline;
import org.policygraph.graph.read.DocumentSummary;
import org.policygraph.graph.read.Explorer;
import org.policygraph.graph.read.ToolQueries;
import org.policygraph.web.BoardJson;

/**
 * The read-only tools agents call: ask, find_tasks, department_chain, deadlines, document_outline, progress_board and
 * cite, each
 * with the schemas in mcp/ and structured content read from the graph with citations. None writes, none takes
 * Cypher. Something asked for that the graph lacks (an unknown department) is a tool error the agent can read.
 */
public final class PolicyTools {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One tool: what the client lists, and what a call with its arguments returns. */
    record PolicyTool(McpSchema.Tool tool, Function<Arguments, CallToolResult> call) {
    }

    private final Asker asker;
    private final Explorer explorer;
    private final ToolQueries queries;
    private final Clock clock;

    public PolicyTools(Asker asker, Explorer explorer, ToolQueries queries) {
        this(asker, explorer, queries, Clock.systemDefaultZone());
    }

    /** With {@code clock} the day the progress board is of when a call gives no asOf. */
    public PolicyTools(Asker asker, Explorer explorer, ToolQueries queries, Clock clock) {
        this.asker = asker;
        this.explorer = explorer;
        this.queries = queries;
        this.clock = clock;
    }

    List<PolicyTool> all() {
        return List.of(
                tool("ask", "Answer a question about the work plans, with the clauses it comes from", this::ask),
                tool("find_tasks", "Find tasks by their words, optionally by unit, document, place and due date",
                        args -> structured(ToolResults.clauses(queries.findTasks(new ToolQueries.TaskFilter(
                                args.required("text"), args.optional("department"), args.optional("document"),
                                args.optional("jurisdiction"), args.date("dueBefore"), args.limit(20, 50)))))),
                tool("department_chain", "Everything a department leads and supports, with targets and deadlines",
                        args -> found(explorer.department(args.required("name")).map(ToolResults::chain),
                                "No department named " + args.required("name") + " in the graph.")),
                tool("deadlines", "Tasks due between two dates, optionally of one department",
                        args -> structured(ToolResults.deadlines(queries.deadlines(args.date("from"), args.date("to"),
                                args.optional("department"), args.limit(100, 500))))),
                tool("document_outline", "A document's outline with the tasks under each heading",
                        args -> found(outline(args.required("document")).map(ToolResults::outline),
                                "No document numbered or titled " + args.required("document") + ".")),
                tool("progress_board", "The 督办 board as of a date: tasks with deadline, leads, leaders, latest "
                        + "progress and state (overdue, behind, due-soon, done), by unit, leader, state or plan",
                        args -> structured(BoardJson.body(queries.progress().board(new BoardFilter(asOf(args),
                                args.optional("unit"), args.optional("leader"), args.state(), args.optional("document")))))),
                tool("cite", "The clause of a task id, with its document, section, units and deadline",
                        args -> found(queries.cite(args.required("taskId")).map(ToolResults::clause),
                                "No task with id " + args.required("taskId") + ".")));
    }

    /** The document list, as the resource policygraph://documents holds it. */
    String documentsJson() {
        return json(Map.of("documents", explorer.documents()));
    }

    private CallToolResult ask(Arguments args) {
        String question = args.required("question");
        Answer answer = asker.ask(question, args.optional("conversationId"), AskOptions.DEFAULT.via("mcp"));
        Map<String, Object> result = ToolResults.answer(question, answer);
        return CallToolResult.builder().addTextContent(result.get("answer").toString()).structuredContent(result)
                .build();
    }

    private LocalDate asOf(Arguments args) {
        String date = args.date("asOf");
        try {
            return date == null ? LocalDate.now(clock) : LocalDate.parse(date);
        } catch (java.time.format.DateTimeParseException e) {
            throw Arguments.invalid("Argument 'asOf' of tool progress_board is no day of the calendar: " + date + ".");
        }
    }

    private Optional<DocumentOutline> outline(String document) {
        Optional<DocumentOutline> byNumber = explorer.document(document);
        if (byNumber.isPresent()) {
            return byNumber;
        }
        return explorer.documents().stream().filter(d -> !d.stub() && d.title() != null && d.title().contains(document))
                .findFirst().map(DocumentSummary::key).flatMap(explorer::document);
    }

    private static PolicyTool tool(String name, String description, Function<Arguments, CallToolResult> call) {
        McpSchema.Tool tool = McpSchema.Tool.builder().name(name).description(description)
                .inputSchema(ToolSchemas.input(name)).outputSchema(ToolSchemas.output(name))
                .annotations(McpSchema.ToolAnnotations.builder().readOnlyHint(true).destructiveHint(false)
                        .idempotentHint(true).openWorldHint(false).build())
                .build();
        return new PolicyTool(tool, call);
    }

    private static CallToolResult found(Optional<Map<String, Object>> result, String notFound) {
        return result.map(PolicyTools::structured)
                .orElseGet(() -> CallToolResult.builder().addTextContent(notFound).isError(true).build());
    }

    private static CallToolResult structured(Map<String, Object> result) {
        return CallToolResult.builder().addTextContent(json(result)).structuredContent(result).build();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a tool result as JSON", e);
        }
    }
}
