package ru.kontingent.platform.json;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.kontingent.platform.problem.PayloadTooLargeException;
import ru.kontingent.platform.problem.ProblemResponses;

/**
 * Caps request bodies (413). A declared length over the cap is refused before reading; a chunked
 * body is counted while it is read, so the cap holds without trusting the client's headers.
 */
@Provider
@ApplicationScoped
@PreMatching
@Priority(Priorities.ENTITY_CODER)
public class RequestBodyLimit implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "kontingent.http.max-body-bytes", defaultValue = "1048576")
    long maxJsonBytes;

    /** Bulk uploads (NDJSON, CSV) stream to disk, not memory: they get a far larger cap. */
    @Inject
    @ConfigProperty(name = "kontingent.http.max-bulk-bytes", defaultValue = "4294967296")
    long maxBulkBytes;

    @Inject
    @ConfigProperty(name = "kontingent.http.bulk-media-types", defaultValue = "application/x-ndjson,text/csv")
    java.util.List<String> bulkMediaTypes;

    @Override
    public void filter(ContainerRequestContext request) {
        long maxBytes = isBulk(request) ? maxBulkBytes : maxJsonBytes;
        if (request.getLength() > maxBytes) {
            request.abortWith(ProblemResponses.of(new PayloadTooLargeException(maxBytes).toProblem()));
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new LimitedInputStream(request.getEntityStream(), maxBytes));
        }
    }

    private boolean isBulk(ContainerRequestContext request) {
        var type = request.getMediaType();
        return type != null && bulkMediaTypes.contains(type.getType() + "/" + type.getSubtype());
    }
}
