package dev.ccp.takedown.orders.api;

import dev.ccp.core.paging.Page;
import dev.ccp.core.paging.PageRequest;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.core.security.Roles;
import dev.ccp.takedown.config.TakedownConfig;
import dev.ccp.takedown.orders.application.ImportCounts;
import dev.ccp.takedown.orders.application.OrderValidation;
import dev.ccp.takedown.orders.application.ReadingLedger;
import dev.ccp.takedown.orders.application.RecordingOrders;
import dev.ccp.takedown.orders.domain.OrderFacts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;

/** The order ledger: the marketplace imports its orders, staff read a listing's. */
@Path("/api/v1/orders")
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {
    private final RecordingOrders recording;
    private final ReadingLedger ledger;
    private final TakedownConfig.Orders config;

    OrderResource(RecordingOrders recording, ReadingLedger ledger, TakedownConfig config) {
        this.recording = recording;
        this.ledger = ledger;
        this.config = config.orders();
    }

    /** A batch of orders, all or nothing: one invalid or conflicting order stores none of them. */
    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MARKETPLACE)
    public ImportCounts importOrders(List<OrderRequest> orders) {
        if (orders == null) {
            throw ProblemException.badRequest("body", "must be a JSON array of orders");
        }
        if (orders.size() > config.maxImportSize()) {
            throw new ProblemException(413, "Content too large", orders.size() + " orders; at most "
                    + config.maxImportSize() + " per request", List.of());
        }
        List<OrderFacts> batch = new ArrayList<>(orders.size());
        for (int i = 0; i < orders.size(); i++) {
            OrderRequest order = orders.get(i);
            batch.add(OrderValidation.validate("[" + i + "].", order == null ? null : order.input()));
        }
        return recording.importAll(batch);
    }

    /** A plain array, or with {@code ?page=&size=} a page {items, page, size, total}. */
    @GET
    @RolesAllowed({Roles.INVESTIGATOR, Roles.TRUST_ADMIN, Roles.MARKETPLACE})
    public Object list(@QueryParam("listingId") String listingId, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        PageRequest asked = PageRequest.of(page, size);
        ReadingLedger.Slice slice = ledger.ordersOf(listingId == null || listingId.isBlank() ? null : listingId,
                PageRequest.windowOf(asked));
        return Page.shaped(asked, slice.items().stream().map(OrderView::of).toList(), slice.total());
    }
}
