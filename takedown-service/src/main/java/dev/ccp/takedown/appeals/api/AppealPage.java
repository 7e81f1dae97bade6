package dev.ccp.takedown.appeals.api;

import java.util.List;

/** A page of appeals, for the OpenAPI document (the list answers a plain array unless a page is asked). */
public record AppealPage(List<AppealView> items, int page, int size, long total) {
}
