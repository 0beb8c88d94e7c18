package org.citynet.web.api.city;

import java.util.List;

/**
 * A twin city ({@code cn:twinnedWith}) with its country, the sources that name it and the IRIs of the
 * quotations that name it.
 */
public record TwinCity(String id, String iri, String label, CountryView country, List<String> sources,
                       List<String> evidence) {
}
