package org.citynet.web.linkeddata;

import java.util.List;
import java.util.Optional;

import org.citynet.web.system.BadRequestException;
import org.citynet.web.system.ContentNegotiation;
import org.citynet.web.system.RdfFormat;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

/**
 * Chooses the representation of a resource among every {@link RdfFormat} (HTML included): a format
 * extension wins; otherwise the {@code Accept} header decides by {@link ContentNegotiation}. No header means
 * Turtle. Stateless.
 */
public final class FormatNegotiation {

    private static final List<RdfFormat> FORMATS = List.of(RdfFormat.values());

    private FormatNegotiation() {
    }

    /**
     * @throws HttpMediaTypeNotAcceptableException if the client accepts none of the formats (406)
     * @throws BadRequestException                 if {@code Accept} is not a list of media types
     */
    public static RdfFormat choose(Optional<RdfFormat> byExtension, String accept)
            throws HttpMediaTypeNotAcceptableException {
        if (byExtension.isPresent()) {
            return byExtension.get();
        }
        return ContentNegotiation.choose(FORMATS, RdfFormat::mediaTypes, ContentNegotiation.accepted(accept));
    }
}
