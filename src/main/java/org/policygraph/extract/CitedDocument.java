package org.policygraph.extract;

/** A document cited in the text: 《title》（郑政〔2016〕29号）. docNo normalised; title may be null. */
public record CitedDocument(String docNo, String title) {
}
