package org.policygraph.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policygraph.graph.read.ChainTask;
import org.policygraph.graph.read.DeadlineEntry;
import org.policygraph.graph.read.DepartmentChain;
import org.policygraph.graph.read.DepartmentSummary;
import org.policygraph.graph.read.DocumentOutline;
import org.policygraph.graph.read.DocumentSummary;
import org.policygraph.graph.read.Explorer;
import org.policygraph.graph.read.OutlineSection;
import org.policygraph.graph.read.OutlineTask;
import org.policygraph.graph.read.SearchHit;
import org.policygraph.graph.read.TaskRow;
import org.policygraph.graph.StoreUnavailableException;
import org.policygraph.graph.read.SuggestionSeed;

/** An Explorer over one real gazette task (郑政办〔2017〕32号, 中欧班列(郑州)+跨境电商), switchable to "store down". */
final class StubGraph implements Explorer {
    static final String DOC_NO = "郑政办〔2017〕32号";
    static final String TITLE = "郑州市人民政府办公厅关于印发郑州市2017年跨境电商综试区建设实施方案的通知";
    static final String TASK = "依托郑州铁路一类口岸，探索“中欧班列(郑州)+跨境电商”模式，支持中欧班列(郑州)带运国际邮件。";
    static final String SECTION = "三、重点工作 > （一）推进跨境电子商务产业快速发展";
    static final String FILE = "2017-zhengzhou-gazette-march.txt";

    volatile boolean down;
    /** Thrown by every read when set: what the driver throws (a lockout, an auth failure…). */
    volatile RuntimeException failure;
    /** When set, every export waits for it (up to 10 s): exports that stay in flight. */
    volatile java.util.concurrent.CountDownLatch exportGate;

    private void check() {
        if (failure != null) {
            throw failure;
        }
        if (down) {
            throw new StoreUnavailableException("Cannot reach Neo4j at bolt://127.0.0.1:7687", null);
        }
    }

    private static DepartmentSummary port() {
        return new DepartmentSummary("市口岸办", "郑州市人民政府口岸办公室", "Port Office", List.of(), "市", 1, 0, true);
    }

    private static DocumentSummary document() {
        return new DocumentSummary(DOC_NO, DOC_NO, TITLE, "郑州市人民政府办公厅", "2017-03-13", FILE, 1, "郑州市", 1, 0, false);
    }

    @Override
    public List<DepartmentSummary> departments() {
        check();
        return List.of(port());
    }

    @Override
    public Optional<DepartmentChain> department(String name) {
        check();
        if (!List.of("市口岸办", "口岸办").contains(name)) {
            return Optional.empty();
        }
        return Optional.of(new DepartmentChain(port(), List.of(new ChainTask("t1", "lead", "first-listed", TASK,
                DOC_NO, DOC_NO, TITLE, SECTION, FILE, 3357, null, null, List.of(), List.of("市口岸办"),
                List.of("郑州经济开发区管委会", "郑州国际陆港公司")))));
    }

    @Override
    public List<DocumentSummary> documents() {
        check();
        return List.of(document());
    }

    @Override
    public Optional<DocumentOutline> document(String docNo) {
        check();
        if (!DOC_NO.equals(docNo)) {
            return Optional.empty();
        }
        OutlineTask task = new OutlineTask("t1", TASK, "3/1", 3357, List.of("市口岸办"),
                List.of("郑州经济开发区管委会"), "2017-12-31", "month", List.of());
        return Optional.of(new DocumentOutline(document(), List.of(new OutlineSection("3/1", "（一）",
                "推进跨境电子商务产业快速发展", 2, 3317, List.of(task))), List.of()));
    }

    @Override
    public List<DeadlineEntry> deadlines(String department) {
        check();
        DeadlineEntry entry = new DeadlineEntry("2017-12-31", "month", "t1", TASK, DOC_NO, DOC_NO, TITLE, SECTION,
                3357, List.of("市口岸办"), List.of());
        return department == null || department.equals("市口岸办") ? List.of(entry) : List.of();
    }

    @Override
    public List<TaskRow> taskTable(String document, String department) {
        check();
        java.util.concurrent.CountDownLatch gate = exportGate;
        if (gate != null) {
            try {
                gate.await(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        boolean matches = (document == null || document.equals(DOC_NO)) && (department == null || department.equals("市口岸办"));
        return !matches ? List.of() : List.of(new TaskRow(DOC_NO, DOC_NO, "关于印发郑州市2017年对外开放工作实施方案的通知", "郑州市",
                DOC_NO + "/t1", "二/（一）", SECTION, TASK, "2017-zhengzhou-opening-up-plan.txt", 3357,
                List.of(new java.util.LinkedHashMap<>(Map.of("name", "市口岸办", "asWritten", "市口岸办", "basis", "explicit"))),
                List.of(new java.util.LinkedHashMap<>(Map.of("name", "郑州经济开发区", "asWritten", "郑州经开区管委会"))),
                Map.of("text", "2017年底前", "date", "2017-12-31", "kind", "complete"), List.of(), List.of()));
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        check();
        return TASK.contains(query) ? List.of(new SearchHit("task", "t1", TASK, SECTION, DOC_NO, 3357, 1.0))
                : List.of();
    }

    @Override
    public List<SuggestionSeed> suggestionSeeds(int perKind) {
        check();
        return List.of(new SuggestionSeed("project", "中欧班列(郑州)+跨境电商", "市口岸办"),
                new SuggestionSeed("department", "市口岸办", null));
    }
}
