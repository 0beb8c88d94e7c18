package org.citynet.web.pages;

import java.util.List;

import org.citynet.web.pages.EntityView.Link;

/**
 * An index page ({@code /cities}, {@code /networks}, {@code /agreements}, {@code /themes}): sections of
 * links to entity pages, each sorted by name in the reader's language.
 *
 * @param name     the page's key in the messages ({@code cities}, ...)
 * @param sections one per class (or one for a concept scheme)
 */
public record IndexView(String name, List<Section> sections) {

    /**
     * @param key     names the heading in the messages ({@code section.CityNetwork}, ...)
     * @param heading the heading to use when the messages have none: the class's label
     * @param items   the entities, by name
     */
    public record Section(String key, String heading, List<Link> items) {
    }
}
