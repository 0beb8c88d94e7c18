package org.citynet.web.api.agreement;

import java.util.List;
import java.util.Map;

import org.citynet.web.api.Period;
import org.citynet.web.api.Ref;
import org.citynet.web.api.Text;

/**
 * An agreement as the API shows it.
 *
 * @param type        {@code twinning}, {@code partnership}, {@code mou} or {@code other}
 * @param typeLabel   the class's name in the language asked for ("memorandum of understanding")
 * @param kind        the finer kind ({@code cn:agreementKind}), if the data gives one
 * @param signingDate when it was signed, at the data's precision
 * @param validity    its validity period, at the data's precision
 * @param bodies      the cooperation bodies that rest on it
 * @param references  plans and documents it refers to
 * @param sources     the IRIs of the source documents it derives from
 */
public record AgreementView(String id, String iri, String label, Map<String, String> labels, String type,
                            String typeLabel, Ref kind, List<Ref> parties, String signingDate, Period validity,
                            List<Ref> themes, List<Ref> bodies, List<Ref> references, List<Text> descriptions,
                            List<String> sources) {
}
