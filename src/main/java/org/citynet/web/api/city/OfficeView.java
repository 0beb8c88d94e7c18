package org.citynet.web.api.city;

import java.util.List;

import org.citynet.web.api.Ref;
import org.citynet.web.api.Text;

/**
 * A site of a city (an office abroad): where it is, who runs it jointly ({@code operatedBy}) and who funds
 * it ({@code fundedBy}).
 *
 * @param typeLabel the site's class in the language asked for ("representation office")
 * @param since     when it was set up, at the data's precision
 * @param evidence  the IRIs of the quotations that state it
 */
public record OfficeView(String id, String iri, String label, List<Text> altLabels, String typeLabel, Ref hostCity,
                         Ref location, List<Ref> operatedBy, List<Ref> fundedBy, String since,
                         List<Text> descriptions, List<String> sources, List<String> evidence) {
}
