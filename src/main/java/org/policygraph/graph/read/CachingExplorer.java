package org.policygraph.graph.read;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The explorer with its department chains, document outlines and both lists kept until the graph changes
 * ({@link #invalidate}) or ten minutes pass; searches, deadlines and tables are read every time.
 */
public final class CachingExplorer implements Explorer {
    private static final Duration EXPIRY = Duration.ofMinutes(10);
    private final Explorer explorer;
    private final Cache<String, Optional<DepartmentChain>> chains = bounded(1_000);
    private final Cache<String, Optional<DocumentOutline>> outlines = bounded(1_000);
    private final Cache<String, List<DepartmentSummary>> departmentList = bounded(1);
    private final Cache<String, List<DocumentSummary>> documentList = bounded(1);

    public CachingExplorer(Explorer explorer) {
        this.explorer = explorer;
    }

    private static <V> Cache<String, V> bounded(int size) {
        return Caffeine.newBuilder().maximumSize(size).expireAfterWrite(EXPIRY).build();
    }

    /** Forgets everything: the graph has changed. */
    public void invalidate() {
        chains.invalidateAll();
        outlines.invalidateAll();
        departmentList.invalidateAll();
        documentList.invalidateAll();
    }

    @Override
    public List<DepartmentSummary> departments() {
        return departmentList.get("", k -> explorer.departments());
    }

    @Override
    public Optional<DepartmentChain> department(String name) {
        return chains.get(name, explorer::department);
    }

    @Override
    public List<DocumentSummary> documents() {
        return documentList.get("", k -> explorer.documents());
    }

    @Override
    public Optional<DocumentOutline> document(String docNoOrKey) {
        return outlines.get(docNoOrKey, explorer::document);
    }

    @Override
    public List<DeadlineEntry> deadlines(String department) {
        return explorer.deadlines(department);
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        return explorer.search(query, limit);
    }

    @Override
    public List<TaskRow> taskTable(String document, String department) {
        return explorer.taskTable(document, department);
    }

    @Override
    public List<SuggestionSeed> suggestionSeeds(int limit) {
        return explorer.suggestionSeeds(limit);
    }
}
