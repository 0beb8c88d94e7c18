package org.citynet.web.pages;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Assembles {@link MapData} for a reader: cities with coordinates become markers, links between two such
 * cities become lines, names are picked in the reader's language and sorted with their language's
 * collation. Stateless.
 */
@Component
class MapDataReader {

    private final CityDirectory directory;
    private final MapSource source;

    MapDataReader(CityDirectory directory, MapSource source) {
        this.directory = directory;
        this.source = source;
    }

    MapData read(PageContext page) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag(page.language()));
        List<MapData.City> located = new ArrayList<>();
        List<MapData.Ref> unlocated = new ArrayList<>();
        Map<String, MapData.City> byIri = new HashMap<>();
        for (CityDirectory.City city : directory.cities()) {
            Named name = Named.pick(page.preference(), city.names(), city.id() == null ? city.iri() : city.id());
            if (city.located() && city.id() != null) {
                MapData.City marker = new MapData.City(city.id(), city.iri(), page.href(city.iri()), name.text(),
                        name.lang(), city.lat(), city.lon());
                located.add(marker);
                byIri.put(city.iri(), marker);
            } else {
                unlocated.add(new MapData.Ref(city.iri(), page.href(city.iri()), name.text(), name.lang()));
            }
        }
        located.sort(Comparator.comparing(MapData.City::label, collator));
        unlocated.sort(Comparator.comparing(MapData.Ref::label, collator));
        return new MapData(located, lines(page, byIri), unlocated, source.credits());
    }

    /** The links whose both cities are on the map; the nodes behind each keep the data's order. */
    private List<MapData.Link> lines(PageContext page, Map<String, MapData.City> byIri) {
        List<MapData.Link> lines = new ArrayList<>();
        for (MapSource.Link link : source.links()) {
            MapData.City from = byIri.get(link.from());
            MapData.City to = byIri.get(link.to());
            if (from == null || to == null) {
                continue;
            }
            List<MapData.Ref> via = new ArrayList<>();
            link.via().forEach((iri, names) -> {
                Named name = Named.pick(page.preference(), names, "");
                via.add(new MapData.Ref(iri, page.href(iri), name.text(), name.lang()));
            });
            lines.add(new MapData.Link(link.kind(), from.id(), to.id(), from.label(), to.label(), via));
        }
        return lines;
    }
}
