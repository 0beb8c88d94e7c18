package org.citynet.catalog;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.riot.RDFFormat;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

/**
 * The RDF formats the catalogue, VoID and the service description are written in, chosen by a file
 * extension ({@code /catalog.ttl}) or by {@code Accept}. Turtle is the default. Negotiation follows RFC
 * 9110: a format gets the quality of the most specific accepted range that includes it; the best quality
 * wins, then a range naming the type beats a wildcard, then the client's order, then this order.
 */
enum RdfFormat {

    TURTLE("ttl", RDFFormat.TURTLE_PRETTY, "text/turtle", "application/x-turtle"),
    JSON_LD("jsonld", RDFFormat.JSONLD, "application/ld+json", "application/json"),
    RDF_XML("rdf", RDFFormat.RDFXML_PRETTY, "application/rdf+xml"),
    N_TRIPLES("nt", RDFFormat.NTRIPLES, "application/n-triples");

    private final String extension;
    private final RDFFormat jenaFormat;
    private final List<MediaType> answersTo;

    RdfFormat(String extension, RDFFormat jenaFormat, String mediaType, String... aliases) {
        this.extension = extension;
        this.jenaFormat = jenaFormat;
        this.answersTo = Stream.concat(Stream.of(mediaType), Stream.of(aliases)).map(MediaType::parseMediaType).toList();
    }

    RDFFormat jenaFormat() {
        return jenaFormat;
    }

    /** Content-Type: the format's own media type, in UTF-8. */
    MediaType contentType() {
        return new MediaType(answersTo.get(0), StandardCharsets.UTF_8);
    }

    static Optional<RdfFormat> byExtension(String extension) {
        return Arrays.stream(values()).filter(format -> format.extension.equals(extension)).findFirst();
    }

    /** The best format for the accepted media ranges; none at all means Turtle. */
    static RdfFormat negotiate(List<MediaType> accepted) throws HttpMediaTypeNotAcceptableException {
        if (accepted.isEmpty()) {
            return TURTLE;
        }
        RdfFormat best = null;
        double[] bestRank = null;
        for (RdfFormat format : values()) {
            for (int i = 0; i < format.answersTo.size(); i++) {
                // An alias counts only when named: through a wildcard it would undo a q=0 on the main type.
                double[] rank = rank(format.answersTo.get(i), accepted, i == 0);
                if (rank != null && rank[0] > 0 && (bestRank == null || better(rank, bestRank))) {
                    best = format;
                    bestRank = rank;
                }
            }
        }
        if (best == null) {
            throw new HttpMediaTypeNotAcceptableException(Arrays.stream(values()).map(f -> f.answersTo.get(0)).toList());
        }
        return best;
    }

    /** {quality, specificity, -position} of the most specific accepted range including {@code type}. */
    private static double[] rank(MediaType type, List<MediaType> accepted, boolean throughWildcards) {
        double[] best = null;
        for (int position = 0; position < accepted.size(); position++) {
            MediaType range = accepted.get(position);
            int specificity = range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
            boolean counts = throughWildcards || specificity == 2;
            if (counts && range.includes(type) && (best == null || specificity > best[1])) {
                best = new double[] {range.getQualityValue(), specificity, -position};
            }
        }
        return best;
    }

    private static boolean better(double[] rank, double[] than) {
        for (int i = 0; i < rank.length; i++) {
            if (rank[i] != than[i]) {
                return rank[i] > than[i];
            }
        }
        return false;
    }
}
