package org.citynet.api.theme;

import java.util.List;

import org.citynet.api.Ref;

/** A partnership about a theme: its kind and partners. */
public record PartnershipSummary(String id, String iri, Ref kind, List<Ref> partners) {
}
