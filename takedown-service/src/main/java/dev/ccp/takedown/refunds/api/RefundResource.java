package dev.ccp.takedown.refunds.api;

import dev.ccp.core.paging.Page;
import dev.ccp.core.paging.PageRequest;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.core.security.Roles;
import dev.ccp.takedown.refunds.application.ReadingRefunds;
import dev.ccp.takedown.refunds.application.RetryingFailedRefund;
import dev.ccp.takedown.refunds.application.UnknownRefundException;
import dev.ccp.takedown.refunds.domain.RefundNotFailedException;
import dev.ccp.takedown.refunds.domain.RefundStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.UUID;

/** Staff's refunds: find the failed ones of a takedown, and try one again. */
@Path("/api/v1/refunds")
@Produces(MediaType.APPLICATION_JSON)
public class RefundResource {
    private static final int MAX_ID_LENGTH = 100;

    private final ReadingRefunds reading;
    private final RetryingFailedRefund retrying;

    RefundResource(ReadingRefunds reading, RetryingFailedRefund retrying) {
        this.reading = reading;
        this.retrying = retrying;
    }

    /** A plain array (at most 500), or with {@code ?page=&size=} a page {items, page, size, total}; oldest first. */
    @GET
    @RolesAllowed({Roles.MODERATOR, Roles.INVESTIGATOR, Roles.LEGAL, Roles.TRUST_ADMIN, Roles.MARKETPLACE})
    public Object list(@QueryParam("status") String status, @QueryParam("takedownId") String takedownId,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        RefundStatus wanted = statusOf(status);
        if (takedownId != null && takedownId.length() > MAX_ID_LENGTH) {
            throw ProblemException.badRequest("takedownId", "must be at most " + MAX_ID_LENGTH + " characters");
        }
        PageRequest asked = PageRequest.of(page, size);
        ReadingRefunds.Slice slice = reading.search(wanted, takedownId == null || takedownId.isBlank() ? null
                : takedownId, PageRequest.windowOf(asked));
        return Page.shaped(asked, slice.items().stream().map(RefundView::of).toList(), slice.total());
    }

    /** Tries a FAILED refund again now, under a new idempotency key; answers the refund as it then stands. */
    @POST
    @Path("/{id}/retry")
    @RolesAllowed(Roles.TRUST_ADMIN)
    public RefundView retry(@PathParam("id") String id) {
        UUID refundId = idOf(id);
        try {
            return RefundView.of(retrying.retry(refundId));
        } catch (UnknownRefundException e) {
            throw ProblemException.notFound("refund", id);
        } catch (RefundNotFailedException e) {
            throw ProblemException.conflict(e.getMessage());
        }
    }

    private static RefundStatus statusOf(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return Arrays.stream(RefundStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElseThrow(() -> ProblemException.badRequest("status", "must be one of "
                        + Arrays.toString(RefundStatus.values())));
    }

    private static UUID idOf(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("refund", id.length() > MAX_ID_LENGTH ? id.substring(0, MAX_ID_LENGTH) : id);
        }
    }
}
