package org.policygraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.policygraph.ingest.SampleFiles.BadFile;

/**
 * Office files the import must refuse, made from the LibreOffice fixtures: a password-protected workbook, a .doc
 * whose Word stream is damaged (as HWPF meets some WPS-written files), a workbook named .doc, a .docx named .xlsx.
 */
final class BadOfficeFiles {
    static final Path FORMATS = Path.of("src/test/resources/formats");

    private BadOfficeFiles() {
    }

    static List<BadFile> all() {
        return List.of(
                new BadFile("加密.xlsx", encrypted(fixture("plan-table.xlsx")), false, "password-protected workbook"),
                new BadFile("损坏.doc", damagedWordStream(), false, "Word 97-2003 file that cannot be read"),
                new BadFile("损坏.wps", damagedWordStream(), false, "save it as .docx"),
                new BadFile("其实是表格.doc", fixture("plan-table.xls"), false, "not a Word document"),
                new BadFile("其实是文档.xlsx", fixture("plan.docx"), false, "without xl/workbook.xml"),
                new BadFile("其实是PDF.xls", fixture("plan.pdf"), false, "not an Excel workbook but a PDF"),
                new BadFile("演示.pptx", fixture("plan.docx"), true, "presentations are not read"));
    }

    static byte[] fixture(String name) {
        try {
            return Files.readAllBytes(FORMATS.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workbook encrypted with a password, as Excel's "Encrypt with Password" saves it (an OLE2 container). */
    private static byte[] encrypted(byte[] xlsx) {
        try (POIFSFileSystem container = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(xlsx));
                 OutputStream data = encryptor.getDataStream(container)) {
                workbook.save(data);
            }
            container.writeFilesystem(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The .doc fixture with its WordDocument stream cut to its first 64 bytes. */
    private static byte[] damagedWordStream() {
        try (POIFSFileSystem doc = new POIFSFileSystem(new ByteArrayInputStream(fixture("plan.doc")));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            byte[] head = new byte[64];
            try (var stream = doc.createDocumentInputStream("WordDocument")) {
                stream.readFully(head);
            }
            doc.getRoot().getEntry("WordDocument").delete();
            doc.createDocument(new ByteArrayInputStream(head), "WordDocument");
            doc.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
