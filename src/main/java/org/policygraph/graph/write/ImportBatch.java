package org.policygraph.graph.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policygraph.extract.ExtractedDocument;

/**
 * What one import changes: documents to write (new or changed, each with its fingerprint), documents whose old
 * content goes (replaced ones and those gone from their files), the fingerprints of the files read, and for a file
 * read by OCR (a scan, a photo) how many of its pages OCR read.
 */
public record ImportBatch(List<ExtractedDocument> documents, Map<String, String> fingerprints,
                          List<String> replacedKeys, List<String> removedKeys, Map<String, String> sourceFingerprints,
                          Map<String, Integer> ocrPages) {

    public ImportBatch(List<ExtractedDocument> documents, Map<String, String> fingerprints, List<String> replacedKeys,
                       List<String> removedKeys, Map<String, String> sourceFingerprints) {
        this(documents, fingerprints, replacedKeys, removedKeys, sourceFingerprints, Map.of());
    }

    public List<String> clearedKeys() {
        List<String> keys = new ArrayList<>(replacedKeys);
        keys.addAll(removedKeys);
        return keys;
    }

    public boolean changesContent() {
        return !documents.isEmpty() || !removedKeys.isEmpty();
    }

    List<Map<String, Object>> sourceRows() {
        return sourceFingerprints.entrySet().stream()
                .map(e -> {
                    Map<String, Object> row = new HashMap<>();
                    row.put("file", e.getKey());
                    row.put("fingerprint", e.getValue());
                    row.put("ocrPages", ocrPages.get(e.getKey()));
                    return row;
                }).toList();
    }
}
