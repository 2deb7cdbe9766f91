/**
 * Extraction: {@link org.policygraph.parse.ParsedDocument} -> {@link org.policygraph.extract.ExtractedDocument}.
 *
 * <p>Decisions a reader of the graph should know:
 * <ul>
 *   <li>Tasks: every paragraph under a heading, each 一是/二是 clause, each table row, and a section heading when
 *   the section is a leaf or carries its own label lines. Notice boilerplate (现将…印发给你们) is not a task.
 *   Task id = docKey/sectionPath#line (".2", ".3" for further tasks on the same line): stable across runs.</li>
 *   <li>Label lines (牵头单位：/责任单位：/完成时间：) close a block: they apply to every task of their section
 *   (heading and descendants included) since the previous label run; a deeper section's labels win.</li>
 *   <li>Roles: 牵头 (label or inline), 由X牵头/由X会同Y, X会同Y, X负责 and X、Y共同负责 give LEADS "explicit";
 *   otherwise the first unit of a plain list LEADS "first-listed"; everyone else SUPPORTS "listed".</li>
 *   <li>Departments resolve through graph-import/departments.tsv; a 市/省 prefix carries over inside a list.
 *   Units the dictionary lacks are kept with inDictionary=false and a kind from their suffix.</li>
 *   <li>Targets keep the magnitude in the unit as written (13, "亿美元"); comparator is one of ≥ ≤ ≈ =;
 *   growth stays in the metric (…年均增长, 15, %). Year: the sentence's, else the previous goal sentence's,
 *   else the heading's, else the document's planning year. metricKey folds scope words and the synonyms of
 *   graph-import/metric-synonyms.tsv (郑欧班列开行, 班列年开行 -> 中欧班列开行).</li>
 *   <li>Deadlines: precision day/month/quarter/year; recurring ones (每年1月20日前) are dated in the planning year
 *   and keep their text.</li>
 *   <li>Cited numbers are normalised (no spaces, 〔〕); the doubled place character of the gazette's typo
 *   郑郑文〔2017〕44号 is read as 郑政文〔2017〕44号 so that the citation links to the document.</li>
 * </ul>
 */
package org.policygraph.extract;
