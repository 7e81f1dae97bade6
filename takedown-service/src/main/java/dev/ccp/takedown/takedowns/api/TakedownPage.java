package dev.ccp.takedown.takedowns.api;

import java.util.List;

/** The documented shape of a page of takedowns (the answer is built by core's {@code Page}). */
public record TakedownPage(List<TakedownView> items, int page, int size, long total) {
}
