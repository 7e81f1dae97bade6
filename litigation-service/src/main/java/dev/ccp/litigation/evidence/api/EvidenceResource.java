package dev.ccp.litigation.evidence.api;

import dev.ccp.core.paging.Page;
import dev.ccp.core.paging.PageRequest;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.core.security.Caller;
import dev.ccp.core.security.Roles;
import dev.ccp.litigation.evidence.application.CountersigningTreeHead;
import dev.ccp.litigation.evidence.application.ProvingEvidence;
import dev.ccp.litigation.evidence.application.PublishingTreeHead;
import dev.ccp.litigation.evidence.application.ReadingEvidence;
import dev.ccp.litigation.evidence.application.Recorded;
import dev.ccp.litigation.evidence.application.RecordingEvidence;
import dev.ccp.litigation.evidence.application.VerifyingEvidence;
import dev.ccp.litigation.evidence.domain.EvidenceType;
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
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A case's evidence ledger: staff add entries; every staff role reads, verifies and asks for proofs. */
@Path("/api/v1/cases/{caseId}/evidence")
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceResource {
    private final RecordingEvidence recording;
    private final ReadingEvidence reading;
    private final VerifyingEvidence verifying;
    private final ProvingEvidence proving;
    private final PublishingTreeHead publishing;
    private final CountersigningTreeHead countersigning;
    private final Caller caller;

    EvidenceResource(RecordingEvidence recording, ReadingEvidence reading, VerifyingEvidence verifying,
            ProvingEvidence proving, PublishingTreeHead publishing, CountersigningTreeHead countersigning,
            Caller caller) {
        this.recording = recording;
        this.reading = reading;
        this.verifying = verifying;
        this.proving = proving;
        this.publishing = publishing;
        this.countersigning = countersigning;
        this.caller = caller;
    }

    /** 201 with the new entry; 200 with the earlier one when its sourceEventId was recorded before. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INVESTIGATOR, Roles.LEGAL})
    public Response record(@PathParam("caseId") String caseId, RecordEvidenceRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("body", "must be {type, content, sourceEventId}");
        }
        Recorded recorded = recording.record(caseId, type(request.type()), request.content(), request.sourceEventId(),
                caller.name());
        EntryView view = EntryView.of(recorded.entry());
        return (recorded.created()
                ? Response.created(URI.create("/api/v1/cases/" + caseId + "/evidence/" + view.sequence()))
                : Response.ok()).entity(view).build();
    }

    /**
     * Appends the entries in order, all or none, in one transaction (at most 500): 201 with every entry as
     * recorded (an entry whose sourceEventId was recorded before is answered as it was, and not added again).
     */
    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INVESTIGATOR, Roles.LEGAL})
    public Response recordAll(@PathParam("caseId") String caseId, RecordEvidenceBatchRequest request) {
        if (request == null || request.entries() == null) {
            throw ProblemException.badRequest("entries", "must be an array of {type, content, sourceEventId}");
        }
        if (request.entries().size() > RecordingEvidence.MAX_BATCH) {
            throw ProblemException.badRequest("entries", "must hold at most " + RecordingEvidence.MAX_BATCH);
        }
        List<RecordingEvidence.NewEntry> batch = new ArrayList<>(request.entries().size());
        for (int i = 0; i < request.entries().size(); i++) {
            RecordEvidenceRequest entry = request.entries().get(i);
            if (entry == null) {
                throw ProblemException.badRequest("entries[" + i + "]", "must be {type, content, sourceEventId}");
            }
            batch.add(new RecordingEvidence.NewEntry(type("entries[" + i + "].type", entry.type()), entry.content(),
                    entry.sourceEventId()));
        }
        List<EntryView> recorded = recording.recordAll(caseId, batch, caller.name()).stream()
                .map(r -> EntryView.of(r.entry())).toList();
        return Response.status(Response.Status.CREATED).entity(recorded).build();
    }

    /** The ledger in sequence order: an array (the first 500), or a page with ?page=&size=. */
    @GET
    @RolesAllowed({Roles.INVESTIGATOR, Roles.LEGAL, Roles.MODERATOR, Roles.TRUST_ADMIN, Roles.MARKETPLACE, Roles.SERVICE})
    public Object ledger(@PathParam("caseId") String caseId, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        PageRequest asked = PageRequest.of(page, size);
        ReadingEvidence.Slice slice = reading.ledger(caseId, PageRequest.windowOf(asked));
        return Page.shaped(asked, slice.items().stream().map(EntryView::of).toList(), slice.total());
    }

    @GET
    @Path("/{sequence:[0-9]{1,18}}")
    @RolesAllowed({Roles.INVESTIGATOR, Roles.LEGAL, Roles.MODERATOR, Roles.TRUST_ADMIN, Roles.MARKETPLACE, Roles.SERVICE})
    public EntryView entry(@PathParam("caseId") String caseId, @PathParam("sequence") long sequence) {
        return EntryView.of(reading.entry(caseId, sequence));
    }

    /** Recomputes chain and tree; names the first broken entry if a row was altered underneath. */
    @GET
    @Path("/verification")
    @RolesAllowed({Roles.INVESTIGATOR, Roles.LEGAL, Roles.MODERATOR, Roles.TRUST_ADMIN, Roles.MARKETPLACE, Roles.SERVICE})
    public VerificationView verification(@PathParam("caseId") String caseId) {
        return VerificationView.of(verifying.verify(caseId), countersigning.of(caseId));
    }

    /** The signed head of the current tree (signed now if the ledger grew since the last one). */
    @GET
    @Path("/tree-head")
    @RolesAllowed({Roles.INVESTIGATOR, Roles.LEGAL, Roles.MODERATOR, Roles.TRUST_ADMIN, Roles.MARKETPLACE, Roles.SERVICE})
    public TreeHeadView treeHead(@PathParam("caseId") String caseId) {
        return TreeHeadView.of(publishing.current(caseId));
    }

    /** RFC 9162 §2.1.3: entry N (a sequence number) is in the tree of M entries (default: all). */
    @GET
    @Path("/proofs/inclusion")
    @RolesAllowed({Roles.INVESTIGATOR, Roles.LEGAL, Roles.MODERATOR, Roles.TRUST_ADMIN, Roles.MARKETPLACE, Roles.SERVICE})
    public ProvingEvidence.Inclusion inclusion(@PathParam("caseId") String caseId, @QueryParam("entry") Long entry,
            @QueryParam("treeSize") Long treeSize) {
        if (entry == null) {
            throw ProblemException.badRequest("entry", "is required: the entry's sequence number");
        }
        return proving.inclusion(caseId, entry, treeSize);
    }

    /** RFC 9162 §2.1.4: the tree of M entries is a prefix of the tree of M2 entries (default: all). */
    @GET
    @Path("/proofs/consistency")
    @RolesAllowed({Roles.INVESTIGATOR, Roles.LEGAL, Roles.MODERATOR, Roles.TRUST_ADMIN, Roles.MARKETPLACE, Roles.SERVICE})
    public ProvingEvidence.Consistency consistency(@PathParam("caseId") String caseId, @QueryParam("from") Long from,
            @QueryParam("to") Long to) {
        if (from == null) {
            throw ProblemException.badRequest("from", "is required: the earlier tree size");
        }
        return proving.consistency(caseId, from, to);
    }

    private static EvidenceType type(String type) {
        return type("type", type);
    }

    private static EvidenceType type(String field, String type) {
        if (type == null) {
            throw ProblemException.badRequest(field, "is required");
        }
        try {
            return EvidenceType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(field, "must be one of " + Arrays.toString(EvidenceType.values()));
        }
    }
}
