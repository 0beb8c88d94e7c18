package org.citynet.web.system;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

/**
 * Chooses what to answer with from the media ranges a client accepts, following RFC 9110 §12.5.1: an offered
 * media type gets the quality of the most specific accepted range that includes it, so {@code text/csv;q=0}
 * rules CSV out even next to {@code *}{@code /*}. The best quality wins; among equals a type the client
 * named beats one reached by a wildcard, then the client's order decides, then the order of the offers
 * (the default first). Each offer has its own media type and may have aliases, further types a client may
 * name for it ({@code application/json} for JSON-LD); an alias counts only when named, since reached
 * through a wildcard it would undo a {@code q=0} on the main type. No ranges at all means the first offer.
 * Each feature keeps its own list of offers. Stateless.
 */
public final class ContentNegotiation {

    private static final Comparator<Match<?>> BEST_FIRST = Comparator.<Match<?>>comparingDouble(Match::quality)
            .reversed()
            .thenComparing(Comparator.<Match<?>>comparingInt(Match::specificity).reversed())
            .thenComparingInt(Match::position)
            .thenComparingInt(Match::offer)
            .thenComparingInt(Match::alias);

    private ContentNegotiation() {
    }

    /**
     * @param offers   what can be answered, the default first
     * @param types    an offer's media types: its own first, then its aliases
     * @param accepted the client's media ranges (empty: anything)
     * @throws HttpMediaTypeNotAcceptableException (406, listing each offer's own type) if nothing offered is
     *                                             acceptable
     */
    public static <T> T choose(List<T> offers, Function<T, List<MediaType>> types, List<MediaType> accepted)
            throws HttpMediaTypeNotAcceptableException {
        if (accepted.isEmpty()) {
            return offers.get(0);
        }
        Match<T> best = null;
        for (int offer = 0; offer < offers.size(); offer++) {
            List<MediaType> own = types.apply(offers.get(offer));
            for (int alias = 0; alias < own.size(); alias++) {
                Match<T> match = match(offers.get(offer), offer, alias, own.get(alias), accepted);
                if (match != null && match.quality() > 0 && (best == null || BEST_FIRST.compare(match, best) < 0)) {
                    best = match;
                }
            }
        }
        if (best == null) {
            throw new HttpMediaTypeNotAcceptableException(offers.stream().map(o -> types.apply(o).get(0)).toList());
        }
        return best.value();
    }

    /**
     * The ranges of an {@code Accept} header, for callers that read it themselves; none for no header.
     *
     * @throws BadRequestException if it is not a list of media types
     */
    public static List<MediaType> accepted(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        try {
            return MediaType.parseMediaTypes(header);
        } catch (InvalidMediaTypeException e) {
            throw new BadRequestException("The Accept header is not a list of media types: " + e.getMessage());
        }
    }

    /** How the most specific accepted range that includes {@code type} rates it; null if none does. */
    private static <T> Match<T> match(T value, int offer, int alias, MediaType type, List<MediaType> accepted) {
        Match<T> best = null;
        for (int position = 0; position < accepted.size(); position++) {
            MediaType range = accepted.get(position);
            int specificity = range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
            boolean counts = alias == 0 || specificity == 2;
            if (counts && range.includes(type) && (best == null || specificity > best.specificity())) {
                best = new Match<>(value, range.getQualityValue(), specificity, position, offer, alias);
            }
        }
        return best;
    }

    private record Match<T>(T value, double quality, int specificity, int position, int offer, int alias) {
    }
}
