package org.policygraph.ingest;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The StAX reader for OFD's XML parts: no DTD, no external entities (no XXE), elements matched by local name since
 * producers use the OFD namespace with or without a prefix and in its 2016 and older forms.
 */
final class OfdXml {
    private static final XMLInputFactory FACTORY = factory();

    private OfdXml() {
    }

    static XMLStreamReader reader(InputStream part) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(part);
    }

    /** The text of the first element named {@code localName}, or null. */
    static String firstText(InputStream part, String localName) throws XMLStreamException {
        XMLStreamReader xml = reader(part);
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamReader.START_ELEMENT && xml.getLocalName().equals(localName)) {
                    return xml.getElementText().strip();
                }
            }
            return null;
        } finally {
            xml.close();
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }
}
