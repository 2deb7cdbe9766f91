#!/usr/bin/env python3
"""Bytes per task of each in-memory structure, from two heap histograms (jcmd PID GC.class_histogram) of servers
over stores of different sizes: the difference of each class's bytes divided by the difference of tasks, so what
every server holds whatever its corpus (code, dictionaries, the embedding model) drops out.

    python3 scripts/heap-per-task.py small.txt SMALL_TASKS large.txt LARGE_TASKS [TOP]
"""
import re
import sys

# Which structure a class's instances belong to (the largest holders; the rest are listed by class).
OWNERS = [
    (r"^\[F$", "task vectors (float[] rows, TaskVectors)"),
    (r"^\[I$|^\[J$", "postings (int[]/long[]: TaskIndex character pairs, bitsets)"),
    (r"^\[B$|^java\.lang\.String$", "text (String + byte[]: task facts, folded texts)"),
    (r"TaskFacts|Assignment|TargetInfo|DocumentSummary|DepartmentSummary", "task facts records (Catalog)"),
    (r"TaskIndex\$Entry", "TaskIndex entries"),
    (r"DepartmentRole", "department roles (RolesByDepartment records)"),
    (r"HashMap|ConcurrentHashMap|\[Ljava\.util\.HashMap", "hash maps (by id, by document, postings by pair)"),
    (r"ArrayList|ImmutableCollections|^\[Ljava\.lang\.Object;$", "lists (facts' departments, targets, projects)"),
]
LINE = re.compile(r"^\s*\d+:\s+(\d+)\s+(\d+)\s+(\S+)")


def histogram(path):
    sizes = {}
    for line in open(path, encoding="utf-8", errors="replace"):
        m = LINE.match(line)
        if m:
            sizes[m.group(3)] = sizes.get(m.group(3), 0) + int(m.group(2))
    return sizes


def owner(name):
    for pattern, label in OWNERS:
        if re.search(pattern, name):
            return label
    return "other"


def main():
    small, small_tasks, large, large_tasks = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    top = int(sys.argv[5]) if len(sys.argv) > 5 else 12
    a, b = histogram(small), histogram(large)
    tasks = large_tasks - small_tasks
    delta = {name: b.get(name, 0) - a.get(name, 0) for name in set(a) | set(b)}
    grouped = {}
    for name, d in delta.items():
        grouped[owner(name)] = grouped.get(owner(name), 0) + d
    print(f"heap: {sum(a.values()) / 2**20:.0f} MiB at {small_tasks} tasks, {sum(b.values()) / 2**20:.0f} MiB at "
          f"{large_tasks} tasks: {sum(delta.values()) / tasks:.0f} bytes per task")
    print("| structure | bytes per task |\n|---|---|")
    for label, d in sorted(grouped.items(), key=lambda kv: -kv[1]):
        print(f"| {label} | {d / tasks:.0f} |")
    print(f"\nlargest classes by growth (bytes per task):")
    for name, d in sorted(delta.items(), key=lambda kv: -kv[1])[:top]:
        print(f"  {d / tasks:8.0f}  {name}")


if __name__ == "__main__":
    main()
