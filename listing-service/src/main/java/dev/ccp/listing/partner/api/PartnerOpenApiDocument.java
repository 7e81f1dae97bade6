package dev.ccp.listing.partner.api;

import dev.ccp.core.partner.PartnerPaths;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Extensible;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Tidies the OpenAPI documents at build time. The profile marker that puts the partner resources in the brands'
 * document ({@link PartnerPaths#OPENAPI_PROFILE}) is dropped wherever it was copied (tags, security schemes). A
 * document of partner paths only (the brands' own) keeps only the schemas, tags and security schemes those paths
 * use: a brand's generated client has no trace of the internal API.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, documentNames = OpenApiFilter.FILTER_RUN_FOR_ANY_DOCUMENT)
public class PartnerOpenApiDocument implements OASFilter {
    private static final String SCHEMA_REF = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI document) {
        if (document.getTags() != null) {
            document.getTags().forEach(PartnerOpenApiDocument::unmark);
        }
        if (document.getComponents() != null && document.getComponents().getSecuritySchemes() != null) {
            document.getComponents().getSecuritySchemes().values().forEach(PartnerOpenApiDocument::unmark);
        }
        if (document.getPaths() == null || document.getPaths().getPathItems() == null
                || document.getPaths().getPathItems().isEmpty()
                || !document.getPaths().getPathItems().keySet().stream().allMatch(PartnerPaths::isPartner)) {
            return;
        }
        List<Operation> operations = document.getPaths().getPathItems().values().stream()
                .flatMap(item -> item.getOperations().values().stream()).toList();
        Set<String> tags = new HashSet<>();
        Set<String> schemes = new HashSet<>();
        operations.forEach(operation -> {
            unmark(operation);
            if (operation.getTags() != null) {
                tags.addAll(operation.getTags());
            }
            if (operation.getSecurity() != null) {
                operation.getSecurity().stream().map(SecurityRequirement::getSchemes)
                        .filter(Objects::nonNull).forEach(s -> schemes.addAll(s.keySet()));
            }
        });
        if (document.getTags() != null) {
            document.setTags(document.getTags().stream().filter(t -> tags.contains(t.getName())).toList());
        }
        var components = document.getComponents();
        if (components == null) {
            return;
        }
        if (components.getSecuritySchemes() != null) {
            Set.copyOf(components.getSecuritySchemes().keySet()).stream().filter(s -> !schemes.contains(s))
                    .forEach(components::removeSecurityScheme);
        }
        if (components.getSchemas() != null) {
            Set<String> used = schemasUsed(operations, components.getSchemas());
            Set.copyOf(components.getSchemas().keySet()).stream().filter(s -> !used.contains(s))
                    .forEach(components::removeSchema);
        }
    }

    /** Every schema the operations name, and every schema those name, transitively. */
    private static Set<String> schemasUsed(List<Operation> operations, Map<String, Schema> all) {
        Deque<Schema> toVisit = new ArrayDeque<>();
        for (Operation operation : operations) {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(p -> push(toVisit, p.getSchema()));
            }
            if (operation.getRequestBody() != null) {
                contentSchemas(operation.getRequestBody().getContent()).forEach(s -> push(toVisit, s));
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values()
                        .forEach(r -> contentSchemas(r.getContent()).forEach(s -> push(toVisit, s)));
            }
        }
        Set<String> used = new HashSet<>();
        while (!toVisit.isEmpty()) {
            Schema schema = toVisit.pop();
            if (schema.getRef() != null && schema.getRef().startsWith(SCHEMA_REF)) {
                String name = schema.getRef().substring(SCHEMA_REF.length());
                if (used.add(name) && all.get(name) != null) {
                    push(toVisit, all.get(name));
                }
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(s -> push(toVisit, s));
            }
            Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()).filter(Objects::nonNull)
                    .flatMap(List::stream).forEach(s -> push(toVisit, s));
            push(toVisit, schema.getItems());
            push(toVisit, schema.getAdditionalPropertiesSchema());
            push(toVisit, schema.getNot());
        }
        return used;
    }

    private static Stream<Schema> contentSchemas(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return Stream.empty();
        }
        return content.getMediaTypes().values().stream().map(MediaType::getSchema).filter(Objects::nonNull);
    }

    private static void push(Deque<Schema> toVisit, Schema schema) {
        if (schema != null) {
            toVisit.push(schema);
        }
    }

    private static void unmark(Extensible<?> element) {
        if (element.getExtensions() != null && element.getExtensions().containsKey(PartnerPaths.OPENAPI_PROFILE)) {
            element.removeExtension(PartnerPaths.OPENAPI_PROFILE);
        }
    }
}
