package org.policygraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * .ofd (GB/T 33190, China's fixed-layout format), read with the JDK's zip and XML ({@link OfdArchive},
 * {@link OfdXml}): OFD.xml names each document's Document.xml, which lists its pages and templates; each page's
 * text objects, with those of its templates, are put in reading order from their positions, a table drawn with
 * ruling lines as rows ({@link OfdPageText}, {@link OfdLayout}),
 * and running headers, footers and page numbers are dropped as from a PDF ({@link PdfPageFurniture}). A package
 * whose text is encrypted, or whose pages hold no text (a scan), is refused.
 */
final class OfdText implements FormatReader {
    @Override
    public String read(String fileName, byte[] content, ReadBudget budget) {
        if (!FileSignature.isZip(content)) {
            String kind = FileSignature.describe(content);
            throw UnreadableFileException.broken(fileName, "not an OFD document but "
                    + (kind == null ? "other data (an OFD is a zip package)" : kind));
        }
        budget.archive(content);
        OfdArchive archive = new OfdArchive(fileName, content);
        if (!archive.holds("OFD.xml")) {
            throw UnreadableFileException.broken(fileName, "a zip archive without OFD.xml (damaged, or not an OFD)");
        }
        List<List<String>> pages = new ArrayList<>();
        try {
            for (String root : docRoots(archive)) {
                pages.addAll(document(archive, root, budget));
            }
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof UnreadableFileException unreadable) {
                throw unreadable;
            }
            throw UnreadableFileException.broken(fileName, "a damaged OFD document: its XML cannot be read", e);
        }
        if (archive.holds("Encryptions.xml") && pages.stream().allMatch(List::isEmpty)) {
            throw UnreadableFileException.broken(fileName, "an encrypted OFD document; export it without encryption");
        }
        List<List<String>> body = PdfPageFurniture.drop(pages);
        if (body.stream().allMatch(List::isEmpty)) {
            throw UnreadableFileException.broken(fileName, pages.isEmpty() ? "an OFD document without pages"
                    : "an OFD document without text (only images, such as a scan); run OCR on it first");
        }
        List<String> lines = new ArrayList<>();
        for (List<String> page : body) {
            lines.addAll(page);
            lines.add("");
        }
        return String.join("\n", lines).strip();
    }

    private static List<String> docRoots(OfdArchive archive) throws XMLStreamException {
        List<String> roots = new ArrayList<>();
        XMLStreamReader xml = OfdXml.reader(archive.open(null, "OFD.xml"));
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamReader.START_ELEMENT && xml.getLocalName().equals("DocRoot")) {
                    roots.add(OfdArchive.resolve(null, xml.getElementText()));
                }
            }
        } finally {
            xml.close();
        }
        return roots;
    }

    /** The lines of each page of the document at {@code root}. */
    private static List<List<String>> document(OfdArchive archive, String root, ReadBudget budget)
            throws XMLStreamException {
        List<String> pageLocations = new ArrayList<>();
        Map<String, String> templates = new LinkedHashMap<>();
        XMLStreamReader xml = OfdXml.reader(archive.open(null, root));
        try {
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamReader.START_ELEMENT) {
                    continue;
                }
                String location = attribute(xml, "BaseLoc");
                if (xml.getLocalName().equals("Page") && location != null) {
                    pageLocations.add(OfdArchive.resolve(root, location));
                } else if (xml.getLocalName().equals("TemplatePage") && location != null) {
                    templates.put(attribute(xml, "ID"), OfdArchive.resolve(root, location));
                }
            }
        } finally {
            xml.close();
        }
        budget.pages(pageLocations.size());
        List<List<String>> pages = new ArrayList<>();
        for (String location : pageLocations) {
            budget.page();
            OfdPageText page = new OfdPageText(budget);
            read(archive, pageFile(archive, location), page);
            for (String id : List.copyOf(page.templates())) {
                if (templates.get(id) != null) {
                    read(archive, templates.get(id), page);
                }
            }
            TextLines lines = new TextLines(budget);
            page.write(lines, budget);
            pages.add(lines.text().strip().lines().toList());
        }
        return pages;
    }

    private static void read(OfdArchive archive, String part, OfdPageText page) throws XMLStreamException {
        XMLStreamReader xml = OfdXml.reader(archive.open(null, part));
        try {
            page.read(xml);
        } finally {
            xml.close();
        }
    }

    /** A page's BaseLoc names its Content.xml, or with some producers the page's folder. */
    private static String pageFile(OfdArchive archive, String location) {
        return archive.holds(location) || location.endsWith(".xml") ? location : location + "/Content.xml";
    }

    private static String attribute(XMLStreamReader xml, String name) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals(name)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }
}
