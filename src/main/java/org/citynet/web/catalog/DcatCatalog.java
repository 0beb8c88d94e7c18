package org.citynet.web.catalog;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VCARD4;
import org.citynet.kernel.rdf.Vocabularies.PROV;
import org.citynet.kernel.rdf.Vocabularies.SPDX;
import org.citynet.web.system.CitynetProperties;

/**
 * Builds the DCAT-AP 3 catalogue: the static facts of {@code catalog/catalog.ttl} plus what depends on
 * the deployment (publisher, contact point), on the data (load dates, temporal coverage, the source
 * documents and attribution statements it credits) and on the dumps (sizes, SHA-256 checksums, dates).
 * Every IRI of the catalogue, its dataset, distributions and service is under the public address given.
 * Stateless.
 */
final class DcatCatalog {

    private DcatCatalog() {
    }

    static Model build(String root, CitynetProperties properties, DataSummary summary, DumpSet dumps) {
        Model model = Templates.parse("catalog", root);
        Resource catalog = model.createResource(root + "catalog");
        Resource dataset = model.createResource(root + "catalog#dataset");
        Resource service = model.createResource(root + "catalog#sparql-service");
        Resource publisher = publisher(model, root, properties.catalog());
        Resource contact = contactPoint(model, root, properties.catalog());
        for (Resource resource : List.of(catalog, dataset, service)) {
            resource.addProperty(DCTerms.publisher, publisher);
        }
        dataset.addProperty(DCAT.contactPoint, contact);
        service.addProperty(DCAT.contactPoint, contact);
        dataset.addProperty(DCTerms.identifier, properties.base());
        summary.version().loaded().ifPresent(loaded -> {
            for (Resource resource : List.of(catalog, dataset)) {
                resource.addLiteral(DCTerms.issued, dateTime(model, loaded));
                resource.addLiteral(DCTerms.modified, dateTime(model, loaded));
            }
        });
        Provenance provenance = summary.provenance();
        temporalCoverage(model, dataset, provenance);
        credits(model, dataset, provenance);
        for (DumpFormat format : DumpFormat.values()) {
            describeDump(model, root, dumps.get(format));
        }
        attributions(model, root, dataset, provenance);
        return model;
    }

    private static Resource publisher(Model model, String root, CitynetProperties.Catalog settings) {
        Resource publisher = model.createResource(root + "catalog#publisher")
                .addProperty(RDF.type, FOAF.Agent)
                .addProperty(FOAF.name, settings.publisherName())
                .addProperty(DCTerms.type, model.createResource(settings.publisherType().toString()));
        URI homepage = settings.publisherHomepage();
        return publisher.addProperty(FOAF.homepage, model.createResource(homepage == null ? root : homepage.toString()));
    }

    /** A role address or a web page, never a person: the settings only take http(s) and mailto IRIs. */
    private static Resource contactPoint(Model model, String root, CitynetProperties.Catalog settings) {
        Resource contact = model.createResource(root + "catalog#contact")
                .addProperty(RDF.type, VCARD4.Organization)
                .addProperty(VCARD4.fn, settings.publisherName());
        URI address = settings.contact();
        if (address != null && "mailto".equals(address.getScheme())) {
            return contact.addProperty(VCARD4.hasEmail, model.createResource(address.toString()));
        }
        return contact.addProperty(VCARD4.hasURL, model.createResource(address == null ? root : address.toString()));
    }

    private static void temporalCoverage(Model model, Resource dataset, Provenance provenance) {
        if (provenance.first().isEmpty() || provenance.last().isEmpty()) {
            return;
        }
        // Years, because the sources give some dates as years only: a finer bound would claim more.
        Resource period = model.createResource()
                .addProperty(RDF.type, DCTerms.PeriodOfTime)
                .addLiteral(DCAT.startDate, model.createTypedLiteral(provenance.firstYear().toString(), XSDDatatype.XSDgYear))
                .addLiteral(DCAT.endDate, model.createTypedLiteral(provenance.lastYear().toString(), XSDDatatype.XSDgYear));
        dataset.addProperty(DCTerms.temporal, period);
    }

    private static void credits(Model model, Resource dataset, Provenance provenance) {
        model.add(provenance.descriptions());
        for (String source : provenance.sources()) {
            Resource resource = model.createResource(source);
            dataset.addProperty(DCTerms.source, resource).addProperty(PROV.wasDerivedFrom, resource);
        }
    }

    private static void describeDump(Model model, String root, Dump dump) {
        String id = root + "catalog#" + dump.format().name().toLowerCase(Locale.ROOT);
        Resource checksum = model.createResource(id + "-sha256")
                .addProperty(RDF.type, SPDX.Checksum)
                .addProperty(SPDX.algorithm, SPDX.checksumAlgorithm_sha256)
                .addLiteral(SPDX.checksumValue, model.createTypedLiteral(dump.sha256(), XSDDatatype.XSDhexBinary));
        model.createResource(id)
                .addLiteral(DCAT.byteSize, model.createTypedLiteral(Long.toString(dump.size()),
                        XSDDatatype.XSDnonNegativeInteger))
                .addProperty(SPDX.checksum, checksum)
                .addLiteral(DCTerms.modified, dateTime(model, dump.created()));
    }

    /**
     * Graphs whose licence asks for credit (GeoNames' CC BY 4.0) state it about themselves; the catalogue
     * repeats their statements on the dataset and on every distribution that carries their data.
     */
    private static void attributions(Model model, String root, Resource dataset, Provenance provenance) {
        if (provenance.attributions().isEmpty()) {
            return;
        }
        Resource rights = model.createResource(root + "catalog#attribution").addProperty(RDF.type, DCTerms.RightsStatement);
        provenance.attributions().forEach(statement -> rights.addProperty(RDFS.label, statement));
        dataset.addProperty(DCTerms.rights, rights);
        // Collected first: adding to the model while iterating over it is not allowed.
        model.listObjectsOfProperty(dataset, DCAT.distribution).toList()
                .forEach(distribution -> distribution.asResource().addProperty(DCTerms.rights, rights));
    }

    private static Literal dateTime(Model model, Instant instant) {
        return model.createTypedLiteral(instant.toString(), XSDDatatype.XSDdateTime);
    }
}
