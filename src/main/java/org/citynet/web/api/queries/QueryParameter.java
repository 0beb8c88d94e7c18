package org.citynet.web.api.queries;

import org.apache.jena.graph.Node;
import org.citynet.web.system.InvalidParameterException;

/**
 * A parameter of a named query: the SPARQL variable it binds, its type, its default (null when the
 * parameter is required) and a description for the API documentation.
 */
public record QueryParameter(String name, ParameterType type, String defaultValue, String description) {

    public boolean required() {
        return defaultValue == null;
    }

    /** The RDF term for a value the user gave, or the default when the value is absent. */
    public Node bind(String value) {
        String text = value != null ? value : defaultValue;
        if (text == null) {
            throw new InvalidParameterException(name, "is required: " + type.expected());
        }
        try {
            return type.parse(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(name, e.getMessage());
        }
    }
}
