package dev.ccp.core.paging;

import java.util.List;

/** One page of a list, answered when a query asks for {@code ?page=&size=}. Pages count from 0. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
