package org.policygraph.extract;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Gives the tasks a hand-off note covers to the units it names: 「本部分任务均由…负责」 covers the tasks after it in its
 * section; 「以上任务由…负责」 the tasks above it in its part, back to the previous such note. A note that closes a
 * lone task item (「（二）…」 with no items of its own) speaks for the part the item belongs to, so it waits for the
 * walk of that part.
 */
final class HandOffs {
    private static final int GROUP_TASKS = 2;
    private final Set<SectionItem> resolved = Collections.newSetFromMap(new IdentityHashMap<>());

    /** {@code group}: the section is a part (top level, or with sections of its own), not a lone item. */
    void cover(List<SectionItem> all, List<SectionItem> own, boolean group) {
        for (int k = 0; k < all.size(); k++) {
            SectionItem note = all.get(k);
            if (note.handOff() == null || resolved.contains(note)) {
                continue;
            }
            if (note.handOff().scope() == StandingNotes.Scope.BELOW) {
                all.subList(k + 1, all.size()).stream().filter(SectionItem::isTask)
                        .forEach(i -> i.task().handOffs.add(note.handOff()));
                resolved.add(note);
            } else if (group || tasksBefore(own, note) >= GROUP_TASKS) {
                for (int j = k - 1; j >= 0 && !isAboveNote(all.get(j)); j--) {
                    if (all.get(j).isTask()) {
                        all.get(j).task().handOffs.add(note.handOff());
                    }
                }
                resolved.add(note);
            }
        }
    }

    private static boolean isAboveNote(SectionItem item) {
        return item.handOff() != null && item.handOff().scope() == StandingNotes.Scope.ABOVE;
    }

    private static long tasksBefore(List<SectionItem> own, SectionItem note) {
        return own.stream().filter(i -> i.isTask() && i.line() <= note.line()).count();
    }
}
