package org.policygraph.ingest;

/**
 * The store went away while an upload was written and did not come back in time to say whether the write was
 * committed. The file is kept, so the next start brings the graph in line with it; sent again once the store is
 * back, the upload is answered as already there (200) or imported.
 */
public class UploadInDoubtException extends RuntimeException {
    public UploadInDoubtException(String fileName, Throwable cause) {
        super(fileName + ": the graph store went away while this upload was written, and whether it was stored is not"
                + " known yet. Send it again once the store is back: if it is there, the answer says so.", cause);
    }
}
