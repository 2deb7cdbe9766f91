package org.policygraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One streaming pass over a zip-based file for {@link ReadBudget#archive}: counts the entries, the bytes they inflate
 * to and the elements of their XML parts, and stops at the first limit passed, never holding more than one buffer.
 * XML it cannot parse is left to the library that opens the file (which refuses it); DTDs and external entities are
 * off here.
 */
final class ArchiveScan {
    private static final XMLInputFactory XML = secureFactory();

    private ArchiveScan() {
    }

    static void check(byte[] zip, ReadBudget budget, ReadBudget.Limits limits) {
        long elements = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            Inflated inflated = new Inflated(in, budget, limits.inflatedBytes());
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries++;
                budget.refuseIf(entries > limits.archiveEntries(), "more than " + limits.archiveEntries() + " parts");
                if (isXml(entry.getName())) {
                    elements = countElements(inflated, elements, budget);
                }
                inflated.skip(Long.MAX_VALUE);
            }
        } catch (IOException | IllegalArgumentException e) {
            return; // a damaged archive: the library's open refuses it with its own reason
        }
    }

    private static long countElements(InputStream part, long counted, ReadBudget budget) {
        try {
            XMLStreamReader reader = XML.createXMLStreamReader(part);
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT && ++counted % 1024 == 0) {
                        budget.elements(counted);
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            if (e.getNestedException() instanceof FileTooCostlyException tooCostly) {
                throw tooCostly;
            }
        }
        budget.elements(counted);
        return counted;
    }

    private static boolean isXml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels");
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    /** The current entry's bytes as they inflate, counted across entries; never closes the archive. */
    private static final class Inflated extends FilterInputStream {
        private final ReadBudget budget;
        private final long limit;
        private long total;

        Inflated(InputStream in, ReadBudget budget, long limit) {
            super(in);
            this.budget = budget;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[8192];
            long skipped = 0;
            for (int r = read(buffer, 0, buffer.length); r > 0; r = read(buffer, 0, buffer.length)) {
                skipped += r;
            }
            return skipped;
        }

        @Override
        public void close() {
        }

        private void count(int n) {
            total += n;
            budget.refuseIf(total > limit, "more than " + (limit >> 20) + " MB once unpacked");
        }
    }
}
