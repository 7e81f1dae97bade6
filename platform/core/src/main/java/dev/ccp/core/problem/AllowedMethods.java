package dev.ccp.core.problem;

import io.quarkus.resteasy.reactive.server.runtime.ResteasyReactiveRecorder;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.core.Deployment;
import org.jboss.resteasy.reactive.server.handlers.ClassRoutingHandler;
import org.jboss.resteasy.reactive.server.handlers.RestInitialHandler;
import org.jboss.resteasy.reactive.server.mapping.RequestMapper;
import org.jboss.resteasy.reactive.server.spi.ServerRestHandler;

/**
 * The methods a path answers, read from the REST layer's own routing table: its 405 carries no {@code Allow}
 * (RFC 9110 requires one), though it answers OPTIONS from the same table.
 */
final class AllowedMethods {
    private static final Logger LOG = Logger.getLogger(AllowedMethods.class);
    private static volatile Table table;

    private AllowedMethods() {
    }

    /** Empty when the table cannot be read: the 405 then goes out without the header rather than failing. */
    static Set<String> at(String path) {
        Set<String> methods = new TreeSet<>();
        try {
            Deployment deployment = ResteasyReactiveRecorder.getCurrentDeployment();
            String prefix = deployment.getPrefix();
            String local = prefix != null && !prefix.isEmpty() && path.startsWith(prefix)
                    ? path.substring(prefix.length()) : path;
            RequestMapper<RestInitialHandler.InitialMatch> mapper = classes(deployment);
            for (var match = mapper.map(local); match != null; match = mapper.continueMatching(local, match)) {
                String remaining = match.remaining == null || match.remaining.isEmpty() ? "/" : match.remaining;
                for (ServerRestHandler handler : match.value.handlers) {
                    if (handler instanceof ClassRoutingHandler routing) {
                        routing.getMappers().forEach((method, methodMapper) -> {
                            if (method != null && methodMapper.map(remaining) != null) {
                                methods.add(method);
                            }
                        });
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.debug("the REST routing table could not be read for an Allow header", e);
            return Set.of();
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        if (!methods.isEmpty()) {
            methods.add("OPTIONS");
        }
        return methods;
    }

    /** Built once per deployment (a test run may start several applications in one JVM). */
    private static RequestMapper<RestInitialHandler.InitialMatch> classes(Deployment deployment) {
        Table current = table;
        if (current == null || current.deployment() != deployment) {
            current = new Table(deployment, new RequestMapper<>(deployment.getClassMappers()));
            table = current;
        }
        return current.classes();
    }

    private record Table(Deployment deployment, RequestMapper<RestInitialHandler.InitialMatch> classes) {
    }
}
