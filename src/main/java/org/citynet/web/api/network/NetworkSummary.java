package org.citynet.web.api.network;

import java.util.List;

import org.citynet.web.api.Ref;

/**
 * A network, working group or cooperation body in the list.
 *
 * @param type           {@code network}, {@code working-group} or {@code body}
 * @param typeLabel      the class's name in the language asked for
 * @param classification its kind ({@code org:classification}), if the data gives one
 * @param parentNetwork  the network a working group is a unit of (or a branch part of), if any
 */
public record NetworkSummary(String id, String iri, String type, String typeLabel, String label,
                             Ref classification, Ref parentNetwork, List<Ref> themes) {
}
