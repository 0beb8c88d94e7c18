package org.citynet.web.api.theme;

import java.util.List;

import org.citynet.web.api.Ref;

/** A partnership about a theme: its kinds (one per source that names one, sorted by label) and partners. */
public record PartnershipSummary(String id, String iri, List<Ref> kinds, List<Ref> partners) {
}
