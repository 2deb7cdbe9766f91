package org.policygraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The XML parts of an OFD package (a zip), read with the JDK's zip once {@link ReadBudget#archive} has bounded its
 * entries, unpacked bytes and XML elements (fonts and images are skipped, not kept). Parts are found by the paths the
 * package's own XML gives, relative to the part that names them or absolute from the package root, and, as some
 * producers differ in case between the two, regardless of case when the exact name is not there.
 */
final class OfdArchive {
    private final String fileName;
    private final Map<String, byte[]> parts = new HashMap<>();
    private final Map<String, String> lowerCase = new HashMap<>();

    /** The package's XML parts; {@code budget.archive(content)} must have passed. */
    OfdArchive(String fileName, byte[] content) {
        this.fileName = fileName;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().toLowerCase(Locale.ROOT).endsWith(".xml")) {
                    String name = normalize(entry.getName());
                    parts.put(name, zip.readAllBytes());
                    lowerCase.put(name.toLowerCase(Locale.ROOT), name);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw UnreadableFileException.broken(fileName, "a damaged OFD package: its zip cannot be read", e);
        }
    }

    boolean holds(String path) {
        return find(path) != null;
    }

    /** The part at {@code path}, relative to {@code base} (the part naming it) unless it starts with "/". */
    InputStream open(String base, String path) {
        String resolved = resolve(base, path);
        byte[] part = find(resolved);
        if (part == null) {
            throw UnreadableFileException.broken(fileName, "a damaged OFD package: it names " + resolved
                    + " but does not hold it");
        }
        return new ByteArrayInputStream(part);
    }

    /** The path of {@code path} named from part {@code base}. */
    static String resolve(String base, String path) {
        String clean = path.strip().replace('\\', '/');
        if (clean.startsWith("/") || base == null) {
            return normalize(clean);
        }
        int slash = base.lastIndexOf('/');
        return normalize((slash < 0 ? "" : base.substring(0, slash + 1)) + clean);
    }

    private byte[] find(String path) {
        byte[] part = parts.get(path);
        if (part != null) {
            return part;
        }
        String name = lowerCase.get(path.toLowerCase(Locale.ROOT));
        return name == null ? null : parts.get(name);
    }

    private static String normalize(String path) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.replace('\\', '/').split("/")) {
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }
}
