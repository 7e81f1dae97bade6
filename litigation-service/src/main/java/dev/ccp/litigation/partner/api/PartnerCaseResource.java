package dev.ccp.litigation.partner.api;

import dev.ccp.core.paging.Page;
import dev.ccp.core.paging.PageRequest;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.core.security.Caller;
import dev.ccp.core.security.Roles;
import dev.ccp.litigation.cases.application.ReadingCases;
import dev.ccp.litigation.evidence.application.CountersigningTreeHead;
import dev.ccp.litigation.evidence.application.Recorded;
import dev.ccp.litigation.partner.application.PartnerCases;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;

/**
 * The brand's cases on the partner edge (partner tokens issued by listing-service, verified here). A case the
 * token's brand is not party to answers 404, whichever endpoint is asked.
 */
@Path("/partner/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTNER)
public class PartnerCaseResource {
    private final PartnerCases cases;
    private final Caller caller;

    PartnerCaseResource(PartnerCases cases, Caller caller) {
        this.cases = cases;
        this.caller = caller;
    }

    public record EntryReceipt(long sequence, String type, String entryHash, Instant recordedAt) {
    }

    public record CountersignatureView(String brandId, long treeSize, String rootHash, String keyId,
            Instant countersignedAt, boolean valid) {
        static CountersignatureView of(CountersigningTreeHead.Checked c) {
            return new CountersignatureView(c.countersignature().brandId(), c.countersignature().treeSize(),
                    c.rootHash(), c.countersignature().keyId(), c.countersignature().countersignedAt(), c.valid());
        }
    }

    /** The brand's cases and their status, oldest first: an array, or a page with ?page=&size=. */
    @GET
    public Object list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest asked = PageRequest.of(page, size);
        ReadingCases.Slice slice = cases.list(caller.brandId(), PageRequest.windowOf(asked));
        return Page.shaped(asked, slice.items().stream()
                .map(r -> PartnerCaseView.Summary.of(r.litigationCase())).toList(), slice.total());
    }

    @GET
    @Path("/{id}")
    public PartnerCaseView get(@PathParam("id") String id) {
        return PartnerCaseView.of(cases.view(caller.brandId(), id), caller.brandId());
    }

    /** The brand's authentication of test-purchased items: a BRAND_AUTHENTICATION ledger entry. */
    @POST
    @Path("/{id}/authentication-results")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response authenticate(@PathParam("id") String id, PartnerRequests.AuthenticationResults request) {
        Recorded recorded = cases.authenticate(caller.brandId(), id, request == null ? null : request.results(),
                caller.name());
        return Response.status(Response.Status.CREATED).entity(new EntryReceipt(recorded.entry().sequence(),
                recorded.entry().type().name(), recorded.entry().entryHash(), recorded.entry().recordedAt())).build();
    }

    /** Joins the case's civil suit as co-plaintiff (409 while the case has none). */
    @POST
    @Path("/{id}/co-plaintiff")
    @Consumes(MediaType.WILDCARD)
    public PartnerCaseView join(@PathParam("id") String id, PartnerRequests.JoinSuit request) {
        String brand = caller.brandId();
        return PartnerCaseView.of(cases.join(brand, id, request == null ? null : request.publicKey(), caller.name()),
                brand);
    }

    /** Countersigns the service's signed tree head of that size with the brand's Ed25519 key. */
    @POST
    @Path("/{id}/tree-heads/{treeSize:[0-9]{1,18}}/countersignature")
    @Consumes(MediaType.APPLICATION_JSON)
    public CountersignatureView countersign(@PathParam("id") String id, @PathParam("treeSize") long treeSize,
            PartnerRequests.Countersign request) {
        if (request == null) {
            throw ProblemException.badRequest("signature", "is required");
        }
        return CountersignatureView.of(cases.countersign(caller.brandId(), id, treeSize, request.signature(),
                request.publicKey(), caller.name()));
    }
}
