package org.citynet.tools.gazetteer;

import java.util.List;
import java.util.Map;

/**
 * The part of the gazetteer an import needs: the entries whose names could match a city or an override,
 * in package order, with the names of every administrative division for reports.
 *
 * @param info       the package and its checksum
 * @param totalCount how many entries the package has in all
 * @param entries    the entries kept
 * @param adminNames division names by code ({@code FI.01} → Uusimaa, {@code FI.01.011} → Helsinki)
 */
public record GazetteerExtract(PackageInfo info, int totalCount, List<GazetteerEntry> entries,
        Map<String, String> adminNames) {

    public GazetteerExtract {
        entries = List.copyOf(entries);
        adminNames = Map.copyOf(adminNames);
    }

    /** "Uusimaa / Helsinki" for an entry, or "" if the package names neither division. */
    public String divisions(GazetteerEntry entry) {
        String admin1 = adminNames.get(entry.country() + "." + entry.admin1());
        String admin2 = adminNames.get(entry.code());
        if (admin1 == null) {
            return admin2 == null || entry.admin2().isEmpty() ? "" : admin2;
        }
        return admin2 == null || entry.admin2().isEmpty() ? admin1 : admin1 + " / " + admin2;
    }
}
