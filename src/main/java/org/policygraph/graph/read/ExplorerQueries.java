package org.policygraph.graph.read;

import org.policygraph.graph.CypherFile;
import org.policygraph.graph.Neo4jStore;
import org.policygraph.graph.ReadLimits;
import org.policygraph.graph.StoreUnavailableException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The explorer's read queries (cypher/explorer-*.cypher), run in read transactions with parameters only. */
public final class ExplorerQueries implements Explorer {
    private static final Logger LOG = LoggerFactory.getLogger(ExplorerQueries.class);
    private final Neo4jStore store;

    public ExplorerQueries(Neo4jStore store) {
        this.store = store;
    }

    @Override
    public List<DepartmentSummary> departments() {
        return read("explorer-departments", Map.of()).stream().map(row -> GraphRecords.departmentSummary(row, "leads", "supports")).toList();
    }

    @Override
    public Optional<DepartmentChain> department(String name) {
        return ExplorerRows.departmentChain(read("explorer-department", Map.of("name", name)));
    }

    @Override
    public List<DocumentSummary> documents() {
        return read("explorer-documents", Map.of()).stream().map(GraphRecords::documentSummary).toList();
    }

    @Override
    public Optional<DocumentOutline> document(String docNoOrKey) {
        List<Record> found = read("explorer-document", Map.of("docNo", docNoOrKey));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DocumentSummary document = GraphRecords.documentSummary(found.get(0));
        Map<String, Object> key = Map.of("docKey", document.key());
        return Optional.of(ExplorerRows.outline(found.get(0), document,
                read("explorer-document-sections", key), read("explorer-document-tasks", key)));
    }

    @Override
    public List<DeadlineEntry> deadlines(String department) {
        Map<String, Object> params = new HashMap<>();
        params.put("department", department);
        return read("explorer-deadlines", params).stream().map(ExplorerRows::deadlineEntry).toList();
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        String lucene = LuceneQuery.escape(query);
        if (lucene.isBlank()) {
            return List.of();
        }
        List<SearchHit> hits = new ArrayList<>();
        for (SearchIndex index : SearchIndex.values()) {
            hits.addAll(searchIn(index, lucene, limit));
        }
        hits.sort(Comparator.comparingDouble(SearchHit::score).reversed());
        return hits.subList(0, Math.min(limit, hits.size()));
    }

    /** One index's hits; an index that does not exist (yet) gives none instead of failing the whole search. */
    private List<SearchHit> searchIn(SearchIndex index, String lucene, int limit) {
        try {
            return read("explorer-search", index.parameters(lucene, limit)).stream()
                    .map(ExplorerRows::searchHit).toList();
        } catch (ClientException e) {
            LOG.warn("Full-text index {} unusable: {}", index.indexName(), e.getMessage());
            return List.of();
        }
    }

    @Override
    public List<TaskRow> taskTable(String document, String department) {
        return read(TaskTable.QUERY, TaskTable.parameters(document, department)).stream().map(TaskTable::row).toList();
    }

    @Override
    public List<SuggestionSeed> suggestionSeeds(int perKind) {
        return read("explorer-suggestions", Map.of("perKind", perKind)).stream()
                .map(ExplorerRows::suggestionSeed).toList();
    }

    private List<Record> read(String name, Map<String, Object> params) {
        String cypher = CypherFile.named(name);
        try (Session session = store.readSession()) {
            return session.executeRead(tx -> tx.run(cypher, params).list(), ReadLimits.BROWSE);
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw new StoreUnavailableException("Graph store unavailable: " + e.getMessage(), e);
        }
    }
}
