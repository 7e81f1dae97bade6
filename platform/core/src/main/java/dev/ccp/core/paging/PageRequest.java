package dev.ccp.core.paging;

import dev.ccp.core.problem.ProblemException;

/**
 * A validated {@code ?page=&size=}; absent from the query means the caller wants a plain list. A page whose first
 * item lies beyond {@link #MAX_OFFSET} is refused: reading that deep is a scan, and {@code page × size} must not
 * overflow into a negative offset.
 */
public record PageRequest(int page, int size) {
    public static final int MAX_SIZE = 500;
    public static final long MAX_OFFSET = 10_000_000;

    public PageRequest {
        if (page < 0) {
            throw ProblemException.badRequest("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ProblemException.badRequest("size", "must be between 1 and " + MAX_SIZE);
        }
        if ((long) page * size > MAX_OFFSET) {
            throw ProblemException.badRequest("page", "page × size must be at most " + MAX_OFFSET
                    + "; narrow the query instead");
        }
    }

    /** Null when neither parameter was given; a default for the missing one otherwise. */
    public static PageRequest of(Integer page, Integer size) {
        if (page == null && size == null) {
            return null;
        }
        return new PageRequest(page == null ? 0 : page, size == null ? 50 : size);
    }

    /** The window to read: the asked page, or the first {@link #MAX_SIZE} items for a plain list. */
    public static PageRequest windowOf(PageRequest asked) {
        return asked != null ? asked : new PageRequest(0, MAX_SIZE);
    }

    public int offset() {
        return page * size;
    }
}
