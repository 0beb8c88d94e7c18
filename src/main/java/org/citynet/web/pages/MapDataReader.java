package org.citynet.web.pages;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.citynet.web.api.Iris;
import org.citynet.web.system.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Assembles what the map shows for a reader from the {@link MapIndex}: one view's markers, groups and
 * lines ({@link MapData}, chosen by {@link MapGrid}) and the page's lists ({@link MapPage}). Names are
 * picked in the reader's language; what states each line shown is read from the store for those lines
 * only. Stateless.
 */
@Component
class MapDataReader {

    /** Most cities each list of the page and the JSON gives. */
    static final int LIST_LIMIT = 500;
    /**
     * Most links the page's table gives: each row names what states the link, read from the store row by
     * row, so that this bounds the page's cost.
     */
    static final int LINK_LIST_LIMIT = 100;

    private final MapSource source;
    private final Iris iris;

    MapDataReader(MapSource source, Iris iris) {
        this.source = source;
        this.iris = iris;
    }

    MapData read(PageContext page, MapView view) {
        MapIndex index = source.index();
        MapGrid.Selection selection = MapGrid.select(index, view);
        List<MapData.City> cities = new ArrayList<>();
        for (int city : selection.markers()) {
            cities.add(city(page, index, city));
        }
        boolean complete = selection.clusters().isEmpty() && selection.inView() == index.size()
                && selection.linksOmitted() == 0;
        return new MapData(index.size(), selection.inView(), complete, cities, selection.clusters(),
                lines(page, index, selection.links()), selection.linksOmitted(), unlocated(page, index),
                index.unlocatedSize(), source.credits());
    }

    MapPage page(PageContext page) {
        MapIndex index = source.index();
        int[] byName = index.byName(page.preference());
        List<MapData.Ref> cities = new ArrayList<>();
        for (int i = 0; i < Math.min(LIST_LIMIT, byName.length); i++) {
            MapData.City city = city(page, index, byName[i]);
            cities.add(new MapData.Ref(city.iri(), city.href(), city.label(), city.lang()));
        }
        int[] first = IntStream.range(0, Math.min(LINK_LIST_LIMIT, index.linkCount())).toArray();
        return new MapPage(index.size(), cities, index.linkCount(), statements(page, index, first),
                index.unlocatedSize(), unlocated(page, index), source.credits());
    }

    /**
     * The links between two cities, each with what states it; empty when the map has no line between them.
     *
     * @param from a city's id as {@link MapData.City#id()} gives it
     * @throws NotFoundException if either is not a city the map places
     */
    List<MapData.Statement> link(PageContext page, String from, String to) {
        MapIndex index = source.index();
        int first = placed(index, from);
        int second = placed(index, to);
        int[] links = IntStream.of(index.linksOf(first))
                .filter(link -> index.linkFrom(link) == second || index.linkTo(link) == second).toArray();
        return statements(page, index, links);
    }

    /** A placed city's number from its id: the slug of a city IRI, or the IRI itself for a city without one. */
    private int placed(MapIndex index, String id) {
        int city = index.city(id.startsWith("http://") || id.startsWith("https://") ? id : iris.entity("city", id));
        if (city < 0) {
            throw new NotFoundException("No city with id '" + (id.length() > 60 ? id.substring(0, 60) + "…" : id)
                    + "' on the map");
        }
        return city;
    }

    private MapData.City city(PageContext page, MapIndex index, int city) {
        String iri = index.iri(city);
        Named name = Named.pick(page.preference(), index.names(city), iris.slug(iri, "city").orElse(iri));
        return new MapData.City(iris.slug(iri, "city").orElse(iri), iri, page.href(iri), name.text(), name.lang(),
                index.lat(city), index.lon(city));
    }

    private List<MapData.Link> lines(PageContext page, MapIndex index, int[] shown) {
        List<MapData.Link> lines = new ArrayList<>();
        for (int link : shown) {
            MapData.City from = city(page, index, index.linkFrom(link));
            MapData.City to = city(page, index, index.linkTo(link));
            lines.add(new MapData.Link(index.linkKind(link), from.id(), to.id(), from.label(), to.label(), from.lat(),
                    from.lon(), to.lat(), to.lon()));
        }
        return lines;
    }

    /** The links with what states each, read from the store for these links only. */
    private List<MapData.Statement> statements(PageContext page, MapIndex index, int[] links) {
        Map<Integer, List<MapSource.Via>> via = source.via(index, links);
        List<MapData.Statement> statements = new ArrayList<>();
        for (int link : links) {
            MapData.City from = city(page, index, index.linkFrom(link));
            MapData.City to = city(page, index, index.linkTo(link));
            List<MapData.Ref> refs = via.getOrDefault(link, List.of()).stream().map(v -> {
                Named name = Named.pick(page.preference(), v.names(), "");
                return new MapData.Ref(v.iri(), page.href(v.iri()), name.text(), name.lang());
            }).toList();
            statements.add(new MapData.Statement(index.linkKind(link), from.id(), to.id(), from.label(), to.label(),
                    refs));
        }
        return statements;
    }

    /** The first cities without coordinates by name (few in any real data; the index keeps them in IRI order). */
    private static List<MapData.Ref> unlocated(PageContext page, MapIndex index) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag(page.language()));
        return IntStream.range(0, index.unlocatedSize()).mapToObj(city -> {
            String iri = index.unlocatedIri(city);
            Named name = Named.pick(page.preference(), index.unlocatedNames(city), iri);
            return new MapData.Ref(iri, page.href(iri), name.text(), name.lang());
        }).sorted(Comparator.comparing(MapData.Ref::label, collator)).limit(LIST_LIMIT).toList();
    }
}
