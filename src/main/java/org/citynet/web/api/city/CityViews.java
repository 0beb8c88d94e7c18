package org.citynet.web.api.city;

import java.util.List;

import org.citynet.web.api.Localizer;
import org.citynet.web.api.NodeFields;
import org.citynet.web.api.Period;
import org.citynet.web.api.Ref;
import org.citynet.web.api.agreement.AgreementView;

/** Turns the fact rows of a city's aspects into the city answer's records. Stateless. */
final class CityViews {

    private CityViews() {
    }

    static CitySummary summary(NodeFields city, Localizer localizer) {
        Ref self = localizer.self(city);
        return new CitySummary(self.id(), self.iri(), self.label(), country(city, localizer));
    }

    static CountryView country(NodeFields city, Localizer localizer) {
        return localizer.ref(city, "country")
                .map(c -> new CountryView(c.id(), c.iri(), c.label(), city.lexical("countryCode").orElse(null)))
                .orElse(null);
    }

    static MembershipView membership(NodeFields membership, Localizer localizer) {
        return new MembershipView(localizer.ref(membership, "organization").orElse(null),
                localizer.ref(membership, "role").orElse(null), Period.of(membership, "start", "end"),
                membership.texts("description"), List.copyOf(membership.sources()), membership.evidence());
    }

    static TwinCity twin(NodeFields twin, Localizer localizer) {
        Ref self = localizer.self(twin);
        return new TwinCity(self.id(), self.iri(), self.label(), country(twin, localizer),
                List.copyOf(twin.sources()), twin.evidence());
    }

    static CityAgreement agreement(AgreementView a, String cityIri) {
        return new CityAgreement(a.id(), a.iri(), a.label(), a.type(), a.typeLabel(), a.kind(),
                others(a.parties(), cityIri), a.signingDate(), a.validity(), a.validityStatus(), a.notStated(),
                a.themes(), a.sources(), a.evidence());
    }

    static PartnershipView partnership(NodeFields partnership, String cityIri, Localizer localizer) {
        Ref self = localizer.self(partnership);
        return new PartnershipView(self.id(), self.iri(), localizer.refs(partnership, "kind"),
                others(localizer.refs(partnership, "partner"), cityIri), localizer.refs(partnership, "theme"),
                Period.of(partnership, "start", "end"), partnership.texts("description"),
                List.copyOf(partnership.sources()), partnership.evidence());
    }

    static OfficeView office(NodeFields office, Localizer localizer) {
        Ref self = localizer.self(office);
        String typeLabel = office.iris("class").stream().map(c -> localizer.label(office.labelsOf("class", c)))
                .filter(l -> l != null).findFirst().orElse(null);
        return new OfficeView(self.id(), self.iri(), self.label(), office.texts("altLabel"), typeLabel,
                localizer.ref(office, "hostCity").orElse(null), localizer.ref(office, "location").orElse(null),
                localizer.refs(office, "operatedBy"), localizer.refs(office, "fundedBy"),
                office.lexical("start").orElse(null), office.texts("description"), List.copyOf(office.sources()),
                office.evidence());
    }

    private static List<Ref> others(List<Ref> refs, String cityIri) {
        return refs.stream().filter(r -> !r.iri().equals(cityIri)).toList();
    }
}
