package org.citynet.web.api.queries;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MapSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

/**
 * OpenAPI schemas for the named-query operations: one per parameter type (the same rules
 * {@link ParameterType} enforces) and the friendly JSON result.
 */
final class NamedQuerySchemas {

    /** The tag rule of {@link ParameterType#LANGUAGE}. */
    static final String LANGUAGE_PATTERN = "^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$";
    /** The rule of {@link ParameterType#YEAR}. */
    static final String YEAR_PATTERN = "^[0-9]{4}$";

    private NamedQuerySchemas() {
    }

    static Schema<?> parameter(ParameterType type, String defaultValue) {
        Schema<?> schema = switch (type) {
            case IRI -> new StringSchema().format("uri");
            case STRING -> new StringSchema().maxLength(200);
            case LANGUAGE -> new StringSchema().pattern(LANGUAGE_PATTERN);
            case INTEGER -> new IntegerSchema().format("int64").minimum(BigDecimal.valueOf(-1_000_000_000L))
                    .maximum(BigDecimal.valueOf(1_000_000_000L));
            case DATE -> new StringSchema().format("date");
            case YEAR -> new StringSchema().pattern(YEAR_PATTERN);
        };
        if (defaultValue != null) {
            // setDefault casts: a number for an integer schema, the text itself for the others.
            schema.setDefault(defaultValue);
        }
        return schema;
    }

    static Schema<?> integer(Integer minimum, Integer maximum, String defaultValue) {
        Schema<?> schema = new IntegerSchema();
        if (minimum != null) {
            schema.minimum(BigDecimal.valueOf(minimum));
        }
        if (maximum != null) {
            schema.maximum(BigDecimal.valueOf(maximum));
        }
        if (defaultValue != null) {
            schema.setDefault(defaultValue);
        }
        return schema;
    }

    static Schema<?> string(String description) {
        return new StringSchema().description(description);
    }

    static Schema<?> object(String description) {
        return new ObjectSchema().description(description);
    }

    /** The shape {@link FriendlyResult} writes; its Javadoc states the rule the description repeats. */
    static Schema<?> result() {
        Schema<?> plainRows = new ArraySchema().items(new MapSchema().additionalProperties(new StringSchema()));
        return new ObjectSchema()
                .description("Rows as plain values: an IRI as its string, a literal as its lexical form, a blank"
                        + " node as _:label; a column unbound in a row is absent from it. types[i] and languages[i]"
                        + " describe rows[i]: types gives \"iri\", \"bnode\" or the datatype IRI of every value that"
                        + " is not a plain string, languages the tag of every language-tagged literal.")
                .addProperty("query", new StringSchema())
                .addProperty("parameters", new MapSchema().additionalProperties(new StringSchema())
                        .description("The value each parameter was bound to, defaults included"))
                .addProperty("page", nullableInteger("The page, from 1; null unless paginated"))
                .addProperty("pageSize", nullableInteger("Rows per page; null unless paginated"))
                .addProperty("total", new IntegerSchema().format("int64").description("Rows of the whole answer"))
                .addProperty("columns", new ArraySchema().items(new StringSchema()))
                .addProperty("rows", plainRows)
                .addProperty("types", new ArraySchema().items(new MapSchema().additionalProperties(new StringSchema())))
                .addProperty("languages", new ArraySchema().items(new MapSchema().additionalProperties(new StringSchema())));
    }

    private static Schema<?> nullableInteger(String description) {
        // OpenAPI 3.1 (what springdoc writes) says "may be null" with a type list, not nullable: true.
        return new Schema<>().types(new LinkedHashSet<>(List.of("integer", "null"))).description(description);
    }
}
