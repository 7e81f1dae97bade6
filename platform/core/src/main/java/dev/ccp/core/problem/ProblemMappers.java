package dev.ccp.core.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure of every endpoint into application/problem+json. Stack traces stay in the log. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response response = respond(e.status(), e.title(), e.getMessage(), uri, e.errors());
        if (e.retryAfterSeconds() > 0) {
            return Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
        }
        return response;
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(400, "Invalid request", ProblemException.invalid(errors).getMessage(), uri, errors);
    }

    // Listed one by one: Quarkus has built-in mappers for some subtypes, and the closest type wins.
    @ServerExceptionMapper({JsonMappingException.class, MismatchedInputException.class, InvalidFormatException.class,
            UnrecognizedPropertyException.class, ValueInstantiationException.class, InvalidTypeIdException.class})
    public Response unreadableBody(JsonMappingException e, UriInfo uri) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        String message;
        if (e.getCause() instanceof StreamReadException read) {
            message = unreadable(read); // broken text inside a list or object: the path is the mapper's
        } else if (e.getCause() instanceof StreamConstraintsException limit) {
            message = beyondLimits(limit);
        } else if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            message = "must be one of " + Stream.of(invalid.getTargetType().getEnumConstants())
                    .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
        } else if (e instanceof InvalidFormatException invalid) {
            message = "cannot be read as " + invalid.getTargetType().getSimpleName();
        } else {
            message = e instanceof UnrecognizedPropertyException ? "is not a known field" : "has the wrong type or shape";
        }
        if (field.isEmpty()) {
            field = "body";
            message = e.getCause() instanceof JsonProcessingException ? message
                    : "must be a JSON object of the documented shape";
        }
        return respond(400, "Invalid request", field + ": " + message, uri,
                List.of(new Problem.FieldError(field, message)));
    }

    /** Broken JSON, or a number too large for its field: names the field being read and where the text broke. */
    @ServerExceptionMapper({StreamReadException.class, JsonParseException.class, InputCoercionException.class})
    public Response unreadableJson(StreamReadException e, UriInfo uri) {
        JsonParser parser = e.getProcessor();
        String field = parser != null ? fieldAt(parser.getParsingContext()) : "body";
        String message = unreadable(e);
        return respond(400, "Invalid request", field + ": " + message, uri,
                List.of(new Problem.FieldError(field, message)));
    }

    private static String beyondLimits(StreamConstraintsException e) {
        String reason = e.getOriginalMessage();
        int source = reason.indexOf(", from `"); // names a Jackson method, which is no help to the client
        return "exceeds a limit of the JSON reader: " + (source < 0 ? reason : reason.substring(0, source) + ")");
    }

    private static String unreadable(StreamReadException e) {
        String what = e instanceof InputCoercionException ? "is out of range" : "is not valid JSON";
        return what + (e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr())
                + ": " + e.getOriginalMessage();
    }

    /** Jackson's own limits (nesting depth, length of a number or string): the body, not the server, is at fault. */
    @ServerExceptionMapper
    public Response tooComplexJson(StreamConstraintsException e, UriInfo uri) {
        String message = beyondLimits(e);
        return respond(400, "Invalid request", "body: " + message, uri,
                List.of(new Problem.FieldError("body", message)));
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri) {
        return respond(400, "Invalid request", e.getMessage(), uri,
                List.of(new Problem.FieldError(e.parameter(), e.reason())));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        // JAX-RS wraps a path or query value its converter refused in a 404, though the path exists
        if (e.getCause() != null && !(e.getCause() instanceof WebApplicationException)) {
            return respond(400, "Invalid request", "a path or query parameter cannot be read as its documented type",
                    uri, List.of());
        }
        return respond(404, "Not found", "nothing is served at " + uri.getPath(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri, Request request) {
        Set<String> allowed = AllowedMethods.at(uri.getPath());
        String detail = request.getMethod() + " is not allowed on " + uri.getPath()
                + (allowed.isEmpty() ? "" : "; allowed: " + String.join(", ", allowed));
        Response problem = respond(405, "Method not allowed", detail, uri, List.of());
        return allowed.isEmpty() ? problem
                : Response.fromResponse(problem).header(HttpHeaders.ALLOW, String.join(", ", allowed)).build();
    }

    @ServerExceptionMapper
    public Response unsupportedType(NotSupportedException e, UriInfo uri, HttpHeaders headers) {
        String type = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
        String message = type == null ? "is required for this body" : "'" + shorten(type) + "' is not accepted here";
        return respond(415, "Unsupported media type", HttpHeaders.CONTENT_TYPE + ": " + message, uri,
                List.of(new Problem.FieldError(HttpHeaders.CONTENT_TYPE, message)));
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, UriInfo uri, HttpHeaders headers) {
        String message = "'" + shorten(String.valueOf(headers.getHeaderString(HttpHeaders.ACCEPT)))
                + "' names no type this resource answers in";
        return respond(406, "Not acceptable", HttpHeaders.ACCEPT + ": " + message, uri,
                List.of(new Problem.FieldError(HttpHeaders.ACCEPT, message)));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(401, "Unauthorized",
                "a valid bearer token is required", uri, List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "Forbidden", "your role may not perform this request", uri, List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        // The JSON body reader reports an unreadable body as a bare 400 wrapping Jackson's exception.
        if (e.getCause() instanceof StreamReadException read) {
            return unreadableJson(read, uri);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return unreadableBody(mapping, uri);
        }
        if (e.getCause() instanceof StreamConstraintsException limit) {
            return tooComplexJson(limit, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
            return respond(status, "Internal error", "the request could not be completed", uri, List.of());
        }
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
        return respond(status, title, e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("unexpected failure at " + uri.getPath(), e);
        return respond(500, "Internal error", "the request could not be completed", uri, List.of());
    }

    private static Response respond(int status, String title, String detail, UriInfo uri,
            List<Problem.FieldError> errors) {
        Problem problem = new Problem("about:blank", title, status, detail, uri.getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The JSON path being read when the text broke: {@code items[2].price}, or {@code body} at the top. */
    private static String fieldAt(JsonStreamContext context) {
        StringBuilder field = new StringBuilder();
        for (String step : context.pathAsPointer().toString().split("/")) {
            if (!step.isEmpty()) {
                boolean index = step.chars().allMatch(Character::isDigit);
                field.append(index ? "[" + step + "]" : (field.length() == 0 ? "" : ".") + step);
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    /** A client's header, echoed in a detail, never makes the answer large. */
    private static String shorten(String value) {
        return value.length() > 100 ? value.substring(0, 100) + "..." : value;
    }

    /** {@code register.request.application.bankAccount.iban} becomes {@code application.bankAccount.iban}. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case PROPERTY, CONTAINER_ELEMENT, BEAN -> {
                    if (node.isInIterable() && !names.isEmpty()) {
                        Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
                        names.set(names.size() - 1, names.get(names.size() - 1) + "[" + at + "]");
                    }
                    // a constraint on a list's elements ("List<@Pattern String>") names the element "<list element>"
                    if (node.getName() != null && !node.getName().startsWith("<")) {
                        names.add(node.getName());
                    }
                }
                case PARAMETER -> {
                    names.clear();
                    parameter = node.getName();
                }
                default -> names.clear(); // the Java method is not part of the request
            }
        }
        if (!names.isEmpty()) {
            return String.join(".", names);
        }
        return parameter != null ? parameter : "body";
    }
}
