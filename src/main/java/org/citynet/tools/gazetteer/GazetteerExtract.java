package org.citynet.tools.gazetteer;

import java.util.List;

/**
 * The part of the gazetteer an import needs: the entries whose names could match a city or an override,
 * in package order.
 *
 * @param info       the package and its checksum
 * @param totalCount how many entries the package has in all
 * @param entries    the entries kept
 */
public record GazetteerExtract(PackageInfo info, int totalCount, List<GazetteerEntry> entries) {

    public GazetteerExtract {
        entries = List.copyOf(entries);
    }
}
