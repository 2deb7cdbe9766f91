package org.policygraph.ask.retrieve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.policygraph.graph.read.PolicyReader;
import org.policygraph.graph.read.TaskFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A new graph version's catalog, clause index and vector graph made from the previous version's, when few documents
 * changed: the documents whose stamp (file fingerprint, task and vector counts) differs are read again from the
 * store, the other tasks' facts are kept as they were, and the saved indexes are copied with the changed documents'
 * rows replaced. An upload into a 40x store is then read in seconds, not minutes, and the old and new catalogs
 * share the facts of the unchanged tasks on the heap.
 */
public final class CatalogUpdate {
    /** Past this share of the documents changed, reading every task again costs about as much. */
    private static final double MOST_CHANGED = 0.5;
    private static final Logger LOG = LoggerFactory.getLogger(CatalogUpdate.class);
    private final IndexFolder folder;
    private final IndexFolder earlier;
    private final Set<String> changed;
    private final List<String> removed;
    private final List<TaskFacts> added;
    private final Catalog catalog;

    private CatalogUpdate(IndexFolder folder, IndexFolder earlier, Set<String> changed, List<String> removed,
                          List<TaskFacts> added, Catalog catalog) {
        this.folder = folder;
        this.earlier = earlier;
        this.changed = changed;
        this.removed = removed;
        this.added = added;
        this.catalog = catalog;
    }

    /**
     * The update from {@code previous} (read at the version {@code earlier} keeps) to the version {@code folder}
     * keeps; empty when that version's rows are saved already, the previous rows have no stamps, either version is
     * not kept, or too many documents changed.
     */
    public static Optional<CatalogUpdate> of(Catalog previous, IndexFolder earlier, IndexFolder folder,
                                             PolicyReader reader) {
        if (previous.stamps() == null || !folder.keeps() || !earlier.keeps() || folder.hasRows(CatalogRows.NAME)) {
            return Optional.empty();
        }
        long start = System.nanoTime();
        Map<String, String> stamps = reader.documentStamps();
        Set<String> changed = new HashSet<>();
        stamps.forEach((key, stamp) -> {
            if (!stamp.equals(previous.stamps().get(key))) {
                changed.add(key);
            }
        });
        previous.stamps().keySet().stream().filter(key -> !stamps.containsKey(key)).forEach(changed::add);
        if (changed.size() > MOST_CHANGED * Math.max(1, stamps.size())) {
            return Optional.empty();
        }
        List<TaskFacts> facts = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (TaskFacts task : previous.facts().all()) {
            if (changed.contains(task.docKey())) {
                removed.add(task.id());
            } else {
                facts.add(task);
            }
        }
        List<TaskFacts> added = changed.isEmpty() ? List.of() : reader.factsOfDocuments(changed);
        facts.addAll(added);
        CatalogRows rows = new CatalogRows(reader.documents(), reader.departments(), facts, stamps);
        Catalog catalog = Catalog.of(rows, previous.index());
        folder.saveRows(CatalogRows.NAME, rows);
        LOG.info("Updated the catalog: {} document(s) changed, {} task(s) out, {} in, in {} ms", changed.size(),
                removed.size(), added.size(), (System.nanoTime() - start) / 1_000_000);
        return Optional.of(new CatalogUpdate(folder, earlier, changed, removed, added, catalog));
    }

    public Catalog catalog() {
        return catalog;
    }

    /** The clause index of the new version: the earlier one's with the changed documents' tasks replaced. */
    public ClauseIndex clauses() {
        return new ClauseIndex(folder, () -> catalog.facts().all(), earlier, removed, added);
    }

    /** The vectors of the new version: the earlier graph's with the changed documents' rows replaced. */
    public LoadedVectors vectors(PolicyReader reader) {
        return LoadedVectors.updated(folder, earlier, changed, use -> reader.forEachTaskVectorOf(changed, use))
                .orElseGet(() -> LoadedVectors.read(folder, reader::taskVectors, reader::forEachTaskVector));
    }
}
