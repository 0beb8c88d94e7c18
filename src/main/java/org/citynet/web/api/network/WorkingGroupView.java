package org.citynet.web.api.network;

import java.util.List;

import org.citynet.web.api.Ref;

/**
 * A working group of a network, with its themes and the IRIs of the quotations that state it; its members
 * are on its own page.
 */
public record WorkingGroupView(String id, String iri, String label, List<Ref> themes, List<String> sources,
                               List<String> evidence) {
}
