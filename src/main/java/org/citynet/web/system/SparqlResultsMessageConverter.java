package org.citynet.web.system;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.sparql.resultset.SPARQLResult;
import org.citynet.web.system.Formats.Offer;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Writes the rows or the boolean of a Jena {@link SPARQLResult} in the SPARQL results format its
 * Content-Type names, by Jena's results writers: JSON, XML, CSV, TSV and the text table, the format looked
 * up as Fuseki looks it up ({@link WebContent#contentTypeToLangResultSet}). The answer is complete before it
 * is written (the endpoint's row cap and timeout have held), so writing it cannot fail half-way for the
 * query's sake. Write-only and stateless.
 */
public final class SparqlResultsMessageConverter extends AbstractHttpMessageConverter<SPARQLResult> {

    public SparqlResultsMessageConverter() {
        super(Formats.SELECT.stream().map(Offer::contentType).toArray(MediaType[]::new));
    }

    @Override
    protected boolean supports(Class<?> type) {
        return SPARQLResult.class.isAssignableFrom(type);
    }

    @Override
    protected boolean canWrite(MediaType mediaType) {
        return mediaType == null || lang(mediaType) != null;
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected SPARQLResult readInternal(Class<? extends SPARQLResult> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("SPARQL results are only written here", input);
    }

    @Override
    protected void writeInternal(SPARQLResult result, HttpOutputMessage output) throws IOException {
        MediaType type = output.getHeaders().getContentType();
        write(result, type == null ? ResultSetLang.RS_JSON : lang(type), output.getBody());
    }

    /** Writes {@code result} in {@code lang}; for callers that keep the bytes. */
    public static void write(SPARQLResult result, Lang lang, OutputStream out) {
        if (result.isBoolean()) {
            ResultSetMgr.write(out, result.getBooleanResult(), lang);
        } else {
            ResultSetMgr.write(out, result.getResultSet(), lang);
        }
    }

    /** As Fuseki: {@code text/plain} is the text table here, never RIOT's N-Triples. */
    private static Lang lang(MediaType type) {
        String contentType = type.getType() + "/" + type.getSubtype();
        Lang lang = contentType.equals(WebContent.contentTypeTextPlain) ? ResultSetLang.RS_Text
                : WebContent.contentTypeToLangResultSet(contentType);
        return lang != null && RowSetWriterRegistry.isRegistered(lang) ? lang : null;
    }
}
