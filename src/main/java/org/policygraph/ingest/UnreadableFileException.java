package org.policygraph.ingest;

/**
 * A file the import cannot turn into text, with the reason in words. {@link #unsupportedFormat()} says the
 * format is one we do not read at all (.doc, .wps, .ofd, .xls, images…), as opposed to a file of a format we
 * read that is broken, empty, encrypted or without text. Either way nothing of the file is written.
 */
public class UnreadableFileException extends RuntimeException {
    private final String fileName;
    private final String reason;
    private final boolean unsupportedFormat;

    UnreadableFileException(String fileName, String reason, boolean unsupportedFormat, Throwable cause) {
        super(fileName + ": " + reason, cause);
        this.fileName = fileName;
        this.reason = reason;
        this.unsupportedFormat = unsupportedFormat;
    }

    /** A format the import does not read. */
    public static UnreadableFileException unsupported(String fileName, String reason) {
        return new UnreadableFileException(fileName, reason, true, null);
    }

    /** A file of a format the import reads that is broken, empty or holds no text. */
    public static UnreadableFileException broken(String fileName, String reason) {
        return new UnreadableFileException(fileName, reason, false, null);
    }

    public static UnreadableFileException broken(String fileName, String reason, Throwable cause) {
        return new UnreadableFileException(fileName, reason, false, cause);
    }

    public String fileName() {
        return fileName;
    }

    public String reason() {
        return reason;
    }

    public boolean unsupportedFormat() {
        return unsupportedFormat;
    }
}
