package org.citynet.sparql;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

/**
 * Chooses the format of an answer from the media ranges a client accepts (as Spring's content negotiation
 * resolved them from {@code Accept}), following RFC 9110 §12.5.1: a media type gets the quality of the
 * most specific range that includes it, so {@code text/csv;q=0} rules CSV out even next to
 * {@code *}{@code /*}. The best quality wins; among equals a type the client named beats one reached by a
 * wildcard, then the client's order, then the family's own order (its default first). No {@code Accept}
 * at all means the default. Stateless.
 */
final class FormatNegotiation {

    private FormatNegotiation() {
    }

    /**
     * @throws HttpMediaTypeNotAcceptableException (answered with 406 listing the family's types) when no
     *                                             format of the family is acceptable
     */
    static ResultFormat choose(ResultFormat.Family family, List<MediaType> accepted)
            throws HttpMediaTypeNotAcceptableException {
        List<ResultFormat> formats = ResultFormat.of(family);
        if (accepted.isEmpty()) {
            return formats.get(0);
        }
        return formats.stream()
                .flatMap(format -> format.answersTo().stream().map(type -> match(format, type, accepted)))
                .flatMap(Optional::stream)
                .filter(match -> match.quality() > 0)
                .min(Comparator.comparingDouble(Match::quality).reversed()
                        .thenComparing(Comparator.comparingInt(Match::specificity).reversed())
                        .thenComparingInt(Match::position)
                        .thenComparingInt(match -> match.format().ordinal()))
                .map(Match::format)
                .orElseThrow(() -> new HttpMediaTypeNotAcceptableException(producible(family)));
    }

    /** The media types a family can be written in, default first. */
    static List<MediaType> producible(ResultFormat.Family family) {
        return ResultFormat.of(family).stream().map(ResultFormat::mediaType).toList();
    }

    /** How the most specific accepted range that includes {@code type} rates it, if any range does. */
    private static Optional<Match> match(ResultFormat format, MediaType type, List<MediaType> accepted) {
        Match best = null;
        for (int position = 0; position < accepted.size(); position++) {
            MediaType range = accepted.get(position);
            if (range.includes(type) && (best == null || specificity(range) > best.specificity())) {
                best = new Match(format, range.getQualityValue(), specificity(range), position);
            }
        }
        return Optional.ofNullable(best);
    }

    private static int specificity(MediaType range) {
        if (range.isWildcardType()) {
            return 0;
        }
        return range.isWildcardSubtype() ? 1 : 2;
    }

    private record Match(ResultFormat format, double quality, int specificity, int position) {
    }
}
