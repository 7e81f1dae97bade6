package dev.ccp.litigation.evidence.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Evidence content is read with its numbers exactly as written, so that one canonicalisation would round (RFC
 * 8785 reads numbers as doubles) is refused instead of being silently stored rounded.
 */
@Singleton
public class ExactJsonNumbers implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }
}
