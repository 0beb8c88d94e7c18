package org.citynet.web.api.queries;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.RowSetStream;
import org.citynet.web.system.ContentNegotiation;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

/**
 * The formats a named query answers in, chosen from the client's {@code Accept}: the friendly JSON of
 * {@link FriendlyResult} (the default), SPARQL 1.1 Query Results JSON and CSV, the last two written by
 * Jena's own result writers.
 */
public enum ResultFormat {
    JSON(MediaType.APPLICATION_JSON, null),
    SPARQL_JSON(MediaType.parseMediaType("application/sparql-results+json"), ResultSetLang.RS_JSON),
    CSV(new MediaType("text", "csv", StandardCharsets.UTF_8), ResultSetLang.RS_CSV);

    private final MediaType mediaType;
    private final Lang writer;

    ResultFormat(MediaType mediaType, Lang writer) {
        this.mediaType = mediaType;
        this.writer = writer;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /**
     * The format the accepted types prefer, by {@link ContentNegotiation}; {@code *}{@code /*} and no
     * {@code Accept} at all give JSON.
     */
    public static ResultFormat choose(List<MediaType> accepted) throws HttpMediaTypeNotAcceptableException {
        return ContentNegotiation.choose(List.of(values()), format -> List.of(format.mediaType), accepted);
    }

    /** The response body: a {@link FriendlyResult} for JSON (Jackson writes it), else the written bytes. */
    public Object body(NamedQueryAnswer answer) {
        if (writer == null) {
            return FriendlyResult.of(answer);
        }
        ResultRows rows = answer.rows();
        ResultSet results = ResultSet.adapt(RowSetStream.create(
                rows.columns().stream().map(Var::alloc).toList(), rows.rows().iterator()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSetMgr.write(out, results, writer);
        return out.toByteArray();
    }
}
