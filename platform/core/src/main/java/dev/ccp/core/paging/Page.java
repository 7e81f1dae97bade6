package dev.ccp.core.paging;

import java.util.List;

/** One page of a list, answered when a query asks for {@code ?page=&size=}. Pages count from 0. */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** The answer's shape: a plain array when no page was asked for, otherwise {items, page, size, total}. */
    public static <T> Object shaped(PageRequest asked, List<T> items, long total) {
        return asked == null ? items : new Page<>(items, asked.page(), asked.size(), total);
    }
}
