package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.policygraph.graph.write.GraphWriter.Outcome;

/** The summaries of imports run one after another, added up as one import's. */
final class Summaries {
    private Summaries() {
    }

    static Importer.Summary sum(Importer.Summary a, Importer.Summary b) {
        Map<Outcome, Integer> documents = new EnumMap<>(Outcome.class);
        documents.putAll(a.documents());
        b.documents().forEach((k, v) -> documents.merge(k, v, Integer::sum));
        Map<String, Integer> written = new LinkedHashMap<>(a.written());
        b.written().forEach((k, v) -> written.merge(k, v, Integer::sum));
        List<UnreadableFileException> unreadable = new ArrayList<>(a.unreadable());
        unreadable.addAll(b.unreadable());
        List<HeldDocument> held = new ArrayList<>(a.held());
        held.addAll(b.held());
        Map<String, String> taken = new LinkedHashMap<>(a.taken());
        taken.putAll(b.taken());
        return new Importer.Summary(a.files() + b.files(), documents, a.removed() + b.removed(), written,
                a.millis() + b.millis(), unreadable, held, taken);
    }

    static Importer.Summary withMillis(Importer.Summary s, long millis) {
        return new Importer.Summary(s.files(), s.documents(), s.removed(), s.written(), millis, s.unreadable(),
                s.held(), s.taken());
    }
}
