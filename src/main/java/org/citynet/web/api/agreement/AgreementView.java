package org.citynet.web.api.agreement;

import java.util.List;
import java.util.Map;

import org.citynet.web.api.Period;
import org.citynet.web.api.Ref;
import org.citynet.web.api.Text;

/**
 * An agreement as the API shows it.
 *
 * @param type           {@code twinning}, {@code partnership}, {@code mou} or {@code other}
 * @param typeLabel      the class's name in the language asked for ("memorandum of understanding")
 * @param kind           the finer kind ({@code cn:agreementKind}), if the data gives one
 * @param parties        its parties; empty when no graph names them (then {@code notStated} says so)
 * @param signingDate    when it was signed, at the data's precision
 * @param validity       its validity period, at the data's precision
 * @param validityStatus how a source presents its validity in words ({@code superseded},
 *                       {@code called-current}); empty when no source does
 * @param notStated      what a source explicitly leaves open about it, by the local name of the property
 *                       ({@code startDate}, {@code endDate}, {@code party}): a null or empty field is then
 *                       not unknown by accident but open in the text
 * @param bodies         the cooperation bodies that rest on it
 * @param references     plans and documents it refers to
 * @param sources        the IRIs of the sources it derives from
 * @param evidence       the IRIs of the quotations that state it; their words are in the answer's
 *                       {@code sources[].quotes}
 */
public record AgreementView(String id, String iri, String label, Map<String, String> labels, String type,
                            String typeLabel, Ref kind, List<Ref> parties, String signingDate, Period validity,
                            List<Ref> validityStatus, List<String> notStated, List<Ref> themes, List<Ref> bodies,
                            List<Ref> references, List<Text> descriptions, List<String> sources,
                            List<String> evidence) {

    /** The {@code cn:validityStatus} IRIs, for the in-force rule. */
    public List<String> validityStatusIris() {
        return validityStatus.stream().map(Ref::iri).toList();
    }
}
