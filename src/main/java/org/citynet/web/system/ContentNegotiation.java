package org.citynet.web.system;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.citynet.web.system.Formats.Offer;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.accept.ContentNegotiationStrategy;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * Chooses one of the {@link Formats} offered for an answer from the media types a request accepts, which
 * Spring's {@link ContentNegotiationManager} reads ({@link #strategies()}: {@code format=}/{@code output=},
 * then {@code Accept}). Stateless.
 *
 * <p>The choice itself stays here because neither library makes it as RFC 9110 §12.5.1 does: an offered
 * type gets the quality of the <em>most specific</em> accepted range that includes it, so
 * {@code text/turtle;q=0, *}{@code /*} rules Turtle out. Spring's message-converter negotiation gives Turtle
 * the wildcard's {@code q=1} next to its {@code q=0} and picks it, and answers an alias with the alias's
 * type; Jena's {@code AcceptList.match} takes the highest quality of any matching range (Turtle again) and
 * breaks ties by the server's order rather than the client's. Here the best quality wins; among equals a type
 * the client named beats one reached by a wildcard, then the client's order decides, then the order of the
 * offers. An alias ({@code application/json} for JSON-LD) counts only when named: reached through a wildcard
 * it would undo a {@code q=0} on the main type. The answer is labelled with the offer's own type.
 */
public final class ContentNegotiation {

    private static final Comparator<Match> BEST_FIRST = Comparator.comparingDouble(Match::quality).reversed()
            .thenComparing(Comparator.comparingInt(Match::specificity).reversed())
            .thenComparingInt(Match::position)
            .thenComparingInt(Match::offer)
            .thenComparingInt(Match::alias);

    private ContentNegotiation() {
    }

    /** How the service reads what a request accepts: the format parameters override {@code Accept}. */
    public static List<ContentNegotiationStrategy> strategies() {
        return List.of(new FormatParameter(), new HeaderContentNegotiationStrategy());
    }

    /**
     * Marks a request whose parameters, a POSTed form's included, its handler has read without Spring MVC
     * mapping it (the embedded Fuseki's query operation), so that {@code format=}/{@code output=} in the form
     * count as they do for a mapped request. Before a request is mapped, only its URL's are read: a POST a
     * filter refuses is answered without its form being read.
     */
    public static void parametersRead(HttpServletRequest request) {
        request.setAttribute(FormatParameter.PARAMETERS_READ, Boolean.TRUE);
    }

    /**
     * The best offer for what the request accepts, read by {@code negotiation}.
     *
     * @throws HttpMediaTypeNotAcceptableException (406 listing each offer's own type) if none is acceptable;
     *                                             (400) {@link FormatParameter.UnknownFormatException} if
     *                                             {@code format=} or {@code output=} names no format
     * @throws BadRequestException                 (400) if {@code Accept} is not a list of media types
     */
    public static Offer choose(List<Offer> offers, ContentNegotiationManager negotiation, NativeWebRequest request)
            throws HttpMediaTypeNotAcceptableException {
        List<MediaType> accepted;
        try {
            accepted = negotiation.resolveMediaTypes(request);
        } catch (FormatParameter.UnknownFormatException e) {
            throw e;
        } catch (HttpMediaTypeNotAcceptableException e) {
            // Spring's reading of a malformed Accept; RequestLimits refuses it on arrival, so this is for callers
            // that negotiate without it. Spring says 406, which would tell the client to ask for another type.
            throw new BadRequestException("The Accept header is not a list of media types (such as text/turtle,"
                    + " application/json;q=0.9).");
        }
        return choose(offers, accepted);
    }

    /**
     * The offer a file extension names ({@code /catalog.ttl}), by RIOT's registry of extensions; without an
     * extension, the best offer for what the request accepts.
     *
     * @throws NotFoundException if the extension names none of the offers
     */
    public static Offer choose(List<Offer> offers, String extension, ContentNegotiationManager negotiation,
                               NativeWebRequest request) throws HttpMediaTypeNotAcceptableException {
        if (extension == null) {
            return choose(offers, negotiation, request);
        }
        return Formats.byExtension(offers, extension).orElseThrow(() -> new NotFoundException("No such format: '."
                + (extension.length() > 20 ? extension.substring(0, 20) + "…" : extension) + "'; use "
                + String.join(", ", offers.stream().map(offer -> "." + offer.extension()).toList())));
    }

    /**
     * @param offers   what can be answered, the default first
     * @param accepted the client's media ranges (empty, or only {@code *}{@code /*}: the first offer)
     */
    public static Offer choose(List<Offer> offers, List<MediaType> accepted) throws HttpMediaTypeNotAcceptableException {
        if (accepted.isEmpty()) {
            return offers.get(0);
        }
        Match best = null;
        for (int offer = 0; offer < offers.size(); offer++) {
            List<MediaType> own = offers.get(offer).mediaTypes();
            for (int alias = 0; alias < own.size(); alias++) {
                Match match = match(offer, alias, own.get(alias), accepted);
                if (match != null && match.quality() > 0 && (best == null || BEST_FIRST.compare(match, best) < 0)) {
                    best = match;
                }
            }
        }
        if (best == null) {
            throw new HttpMediaTypeNotAcceptableException(Formats.mainTypes(offers));
        }
        return offers.get(best.offer());
    }

    /** How the most specific accepted range that includes {@code type} rates it; null if none does. */
    private static Match match(int offer, int alias, MediaType type, List<MediaType> accepted) {
        Match best = null;
        for (int position = 0; position < accepted.size(); position++) {
            MediaType range = accepted.get(position);
            int specificity = range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
            boolean counts = alias == 0 || specificity == 2;
            if (counts && range.includes(type) && (best == null || specificity > best.specificity())) {
                best = new Match(range.getQualityValue(), specificity, position, offer, alias);
            }
        }
        return best;
    }

    private record Match(double quality, int specificity, int position, int offer, int alias) {
    }
}
