package org.citynet.web.linkeddata;

import java.util.Optional;

import org.citynet.web.system.Formats;
import org.citynet.web.system.Formats.Offer;

/**
 * A requested path split into the resource it names and the format its extension asks for:
 * {@code /id/city/espoo.ttl} names {@code /id/city/espoo} in Turtle. An extension that names no format of
 * the document (by RIOT's registry of extensions, or {@code html}) is part of the path (and so, since our
 * IRIs have none, of nothing that exists).
 *
 * @param path   the path without a format extension
 * @param format the format the extension selects, empty without one
 */
public record ResourcePath(String path, Optional<Offer> format) {

    public static ResourcePath parse(String requested) {
        int slash = requested.lastIndexOf('/');
        int dot = requested.lastIndexOf('.');
        if (dot > slash + 1) {
            Optional<Offer> format = Formats.byExtension(Formats.DOCUMENT, requested.substring(dot + 1));
            if (format.isPresent()) {
                return new ResourcePath(requested.substring(0, dot), format);
            }
        }
        return new ResourcePath(requested, Optional.empty());
    }
}
