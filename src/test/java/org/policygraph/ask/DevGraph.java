package org.policygraph.ask;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.TestGraph;
import org.policygraph.extract.Department;
import org.policygraph.extract.ExtractedDocument;
import org.policygraph.extract.Responsibility;
import org.policygraph.extract.Role;
import org.policygraph.extract.Task;
import org.policygraph.graph.GraphWriter;
import org.policygraph.graph.Neo4jStore;
import org.policygraph.parse.CorpusParser;
import org.policygraph.parse.Paragraph;
import org.policygraph.parse.ParsedDocument;
import org.policygraph.parse.Section;

/**
 * A stand-in graph for developing the asker before the real extractor lands: one task per paragraph and
 * responsibilities from 责任单位/牵头单位 lines and 「X牵头」. Not used once TestGraph.corpus() has real data.
 */
final class DevGraph {
    private static final Pattern LABEL = Pattern.compile("(牵头单位|责任单位)[:：]([^。；;）)]*)");
    private static final Pattern INLINE_LEAD = Pattern.compile("([\\p{IsHan}]{2,10}?(?:局|委|办))牵头");
    private static Neo4jStore store;

    static synchronized Neo4jStore store() throws Exception {
        if (store == null) {
            Path dir = Path.of("target/devstore");
            boolean exists = Files.isDirectory(dir);
            store = Neo4jStore.embedded(dir, TestGraph.freePort());
            Runtime.getRuntime().addShutdownHook(new Thread(store::close));
            if (exists) {
                return store;
            }
            GraphWriter writer = new GraphWriter(store);
            CorpusParser parser = new CorpusParser();
            try (var files = Files.list(Path.of("graph-import/corpus"))) {
                for (Path file : files.sorted().toList()) {
                    for (ParsedDocument doc : parser.parse(file)) {
                        writer.write(extract(doc), doc.sha256() + "dev");
                    }
                }
            }
        }
        return store;
    }

    private static ExtractedDocument extract(ParsedDocument doc) {
        List<Task> tasks = new ArrayList<>();
        Map<String, Department> departments = new LinkedHashMap<>();
        walk(doc.key(), "", doc.preamble(), tasks, departments);
        for (Section section : doc.sections()) {
            section(doc.key(), section, tasks, departments);
        }
        return new ExtractedDocument(doc, tasks, List.of(), new ArrayList<>(departments.values()));
    }

    private static void section(String key, Section section, List<Task> tasks, Map<String, Department> departments) {
        walk(key, section.path(), section.paragraphs(), tasks, departments);
        for (Section child : section.children()) {
            section(key, child, tasks, departments);
        }
    }

    private static void walk(String key, String path, List<Paragraph> paragraphs, List<Task> tasks,
                             Map<String, Department> departments) {
        for (Paragraph p : paragraphs) {
            List<Responsibility> roles = roles(p.text(), departments);
            boolean labelOnly = p.text().strip().matches("^[（(]?(牵头单位|责任单位).*");
            if (labelOnly && !tasks.isEmpty() && !roles.isEmpty()) {
                Task last = tasks.remove(tasks.size() - 1);
                List<Responsibility> merged = new ArrayList<>(last.responsibilities());
                merged.addAll(roles);
                tasks.add(new Task(last.id(), last.sectionPath(), last.text() + "\n" + p.text(), last.line(),
                        List.of(), merged, null, List.of()));
                continue;
            }
            tasks.add(new Task(key + "/" + path + "#" + p.line(), path, p.text(), p.line(), List.of(), roles, null,
                    List.of()));
        }
    }

    private static List<Responsibility> roles(String text, Map<String, Department> departments) {
        List<Responsibility> roles = new ArrayList<>();
        Matcher label = LABEL.matcher(text);
        while (label.find()) {
            boolean lead = label.group(1).equals("牵头单位");
            String[] names = label.group(2).split("[、，,]");
            for (int i = 0; i < names.length; i++) {
                String name = canonical(names[i]);
                if (name.length() < 2) {
                    continue;
                }
                departments.putIfAbsent(name, new Department(name, name, null, "city", "other", List.of(), false));
                Role role = lead || i == 0 ? Role.LEADS : Role.SUPPORTS;
                roles.add(new Responsibility(name, role, lead ? "explicit" : i == 0 ? "first-listed" : "listed",
                        label.group()));
            }
        }
        Matcher inline = INLINE_LEAD.matcher(text);
        while (roles.isEmpty() && inline.find()) {
            String name = canonical(inline.group(1));
            departments.putIfAbsent(name, new Department(name, name, null, "city", "other", List.of(), false));
            roles.add(new Responsibility(name, Role.LEADS, "explicit", inline.group()));
        }
        return roles;
    }

    private static String canonical(String raw) {
        String name = raw.strip().replaceAll("\\s+", "");
        if (!name.startsWith("市") && !name.startsWith("省") && name.matches(".*(局|委|办)$") && name.length() <= 6) {
            name = "市" + name;
        }
        return name;
    }
}
