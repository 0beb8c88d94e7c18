package org.citynet.web.api.theme;

import java.util.List;

import org.citynet.web.api.Ref;

/** A partnership about a theme: its kind and partners. */
public record PartnershipSummary(String id, String iri, Ref kind, List<Ref> partners) {
}
