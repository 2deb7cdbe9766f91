package org.policygraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
 * The XML parts of an OFD package (a zip), read with the JDK's zip and bounded so that a hostile archive cannot fill
 * the heap: at most {@link #MAX_ENTRIES} entries and {@link #MAX_INFLATED} bytes inflated in all (fonts and images
 * are inflated to be counted, not kept), and no XML part over {@link #MAX_PART} bytes. Parts are found by the paths
 * the package's own XML gives, relative to the part that names them or absolute from the package root.
 */
final class OfdArchive {
    static final int MAX_ENTRIES = 10_000;
    static final long MAX_INFLATED = 256L << 20;
    static final int MAX_PART = 32 << 20;
    private final String fileName;
    private final Map<String, byte[]> parts = new HashMap<>();
    private final Map<String, String> lowerCase = new HashMap<>();

    OfdArchive(String fileName, byte[] content) {
        this.fileName = fileName;
        long inflated = 0;
        int entries = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw tooLarge("more than " + MAX_ENTRIES + " parts");
                }
                boolean keep = entry.getName().toLowerCase(Locale.ROOT).endsWith(".xml");
                ByteArrayOutputStream part = new ByteArrayOutputStream();
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    inflated += n;
                    if (inflated > MAX_INFLATED || keep && part.size() + n > MAX_PART) {
                        throw tooLarge("more than " + (MAX_INFLATED >> 20) + " MB unpacked, or an XML part over "
                                + (MAX_PART >> 20) + " MB");
                    }
                    if (keep) {
                        part.write(buffer, 0, n);
                    }
                }
                if (keep) {
                    String name = normalize(entry.getName());
                    parts.put(name, part.toByteArray());
                    lowerCase.put(name.toLowerCase(Locale.ROOT), name);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw UnreadableFileException.broken(fileName, "a damaged OFD package (" + e.getMessage() + ")", e);
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

    private UnreadableFileException tooLarge(String what) {
        return UnreadableFileException.broken(fileName, "too large to read: the OFD package holds " + what);
    }
}
