package org.citynet.linkeddata;

import java.util.List;
import java.util.Optional;

import org.citynet.system.BadRequestException;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

/**
 * Chooses the representation of a resource: a format extension wins; otherwise the {@code Accept}
 * header decides by RFC 9110 rules (for each format the most specific matching range gives its quality;
 * the highest quality wins, ties go to the order of {@link RdfFormat}). No header means anything goes.
 * Stateless.
 */
public final class FormatNegotiation {

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
        if (accept == null || accept.isBlank()) {
            return RdfFormat.values()[0];
        }
        List<MediaType> ranges = parse(accept);
        RdfFormat best = null;
        double bestQuality = 0;
        for (RdfFormat format : RdfFormat.values()) {
            double quality = quality(format, ranges);
            if (quality > bestQuality) {
                best = format;
                bestQuality = quality;
            }
        }
        if (best == null) {
            throw new HttpMediaTypeNotAcceptableException(RdfFormat.producible());
        }
        return best;
    }

    /** The quality the client gives a format: that of the most specific range matching any of its types. */
    static double quality(RdfFormat format, List<MediaType> ranges) {
        int bestSpecificity = -1;
        double quality = 0;
        for (MediaType offered : format.mediaTypes()) {
            for (MediaType range : ranges) {
                if (!range.includes(offered)) {
                    continue;
                }
                int specificity = specificity(range);
                if (specificity > bestSpecificity
                        || specificity == bestSpecificity && range.getQualityValue() > quality) {
                    bestSpecificity = specificity;
                    quality = range.getQualityValue();
                }
            }
        }
        return quality;
    }

    private static int specificity(MediaType range) {
        if (range.isWildcardType()) {
            return 0;
        }
        return range.isWildcardSubtype() ? 1 : 2;
    }

    private static List<MediaType> parse(String accept) {
        try {
            return MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            throw new BadRequestException("The Accept header is not a list of media types: " + e.getMessage());
        }
    }
}
