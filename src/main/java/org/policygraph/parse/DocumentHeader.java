package org.policygraph.parse;

import java.time.LocalDate;

/** What a document's header says about it; {@code bodyStart} indexes the first line after the header. */
record DocumentHeader(String docNo, String title, String issuer, LocalDate issuedOn, int bodyStart) {
}
