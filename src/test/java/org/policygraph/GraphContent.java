package org.policygraph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.policygraph.graph.Neo4jStore;

/**
 * What the graph holds, to compare two moments: counts per label and relationship type, and a SHA-256 of every node's
 * labels and properties and every relationship (its type, properties and the nodes at its ends), in a stable order.
 * Some documents can be left out: their nodes (the document, its sections, tasks and targets), the nodes that only
 * they point at (a department or deadline nothing else uses) and every relationship touching those.
 */
public final class GraphContent {
    /** Counts by label and by relationship type, and the hash. */
    public record Snapshot(Map<String, Long> counts, String hash) {
    }

    private record Node(List<String> labels, Map<String, Object> properties, String text) {
    }

    private record Link(String from, String type, Map<String, Object> properties, String to) {
    }

    private GraphContent() {
    }

    public static Snapshot of(Neo4jStore store) {
        return of(store, Set.of());
    }

    public static Snapshot of(Neo4jStore store, Set<String> leftOut) {
        try (Session session = store.readSession()) {
            return session.executeRead(tx -> {
                Map<String, Node> nodes = new HashMap<>();
                // the version token changes with every import by design: it is no content
                tx.run("MATCH (n) WHERE NOT n:GraphVersion RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props")
                        .forEachRemaining(r -> nodes.put(r.get("id").asString(), node(r)));
                List<Link> links = tx.run("MATCH (a)-[r]->(b) RETURN elementId(a) AS a, type(r) AS type, "
                        + "properties(r) AS props, elementId(b) AS b").list(r -> new Link(r.get("a").asString(),
                        r.get("type").asString(), r.get("props").asMap(), r.get("b").asString()));
                return snapshot(nodes, links, leftOut);
            });
        }
    }

    private static Node node(Record r) {
        List<String> labels = r.get("labels").asList(v -> v.asString()).stream().sorted().toList();
        Map<String, Object> properties = new TreeMap<>(r.get("props").asMap());
        return new Node(labels, properties, labels + canonical(properties));
    }

    private static Snapshot snapshot(Map<String, Node> nodes, List<Link> links, Set<String> leftOut) {
        Set<String> dropped = nodes.entrySet().stream().filter(e -> ofDocument(e.getValue(), leftOut))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        Map<String, List<String>> neighbours = new HashMap<>();
        for (Link link : links) {
            neighbours.computeIfAbsent(link.from(), k -> new ArrayList<>()).add(link.to());
            neighbours.computeIfAbsent(link.to(), k -> new ArrayList<>()).add(link.from());
        }
        Set<String> onlyTheirs = neighbours.entrySet().stream().filter(e -> !dropped.contains(e.getKey()))
                .filter(e -> !dropped.isEmpty() && dropped.containsAll(e.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        dropped.addAll(onlyTheirs);
        Map<String, Long> counts = new TreeMap<>();
        List<String> lines = new ArrayList<>();
        nodes.forEach((id, node) -> {
            if (!dropped.contains(id)) {
                node.labels().forEach(label -> counts.merge(label, 1L, Long::sum));
                lines.add(node.text());
            }
        });
        for (Link link : links) {
            if (!dropped.contains(link.from()) && !dropped.contains(link.to())) {
                counts.merge(":" + link.type(), 1L, Long::sum);
                lines.add(nodes.get(link.from()).text() + "-[" + link.type() + canonical(new TreeMap<>(link.properties()))
                        + "]->" + nodes.get(link.to()).text());
            }
        }
        return new Snapshot(counts, sha256(lines.stream().sorted().collect(Collectors.joining("\n"))));
    }

    private static boolean ofDocument(Node node, Set<String> keys) {
        Object key = node.labels().contains("Document") ? node.properties().get("key") : node.properties().get("docKey");
        return key != null && keys.contains(key);
    }

    private static String canonical(Object value) {
        if (value instanceof Map<?, ?> map) {
            return new TreeMap<>(map).entrySet().stream().map(e -> e.getKey() + "=" + canonical(e.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(GraphContent::canonical).collect(Collectors.joining(",", "[", "]"));
        }
        return value instanceof String s ? '"' + s + '"' : String.valueOf(value);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
