package org.citynet.tools.gazetteer;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The committed, hand-edited file that settles what matching by name cannot: UTF-8, one line per city,
 * four tab-separated fields, {@code #} starts a comment line, blank lines are ignored:
 *
 * <pre>
 * # city   gazetteer name   GeoNames id, code or lat,lng   reason
 * hamburg	Hamburg	2911298	Helsinki's partner city is the German city-state; the other candidates are small towns in the US
 * london	London	GB.ENG	The British capital, not London in Ontario or the US towns of that name
 * skagafjordur	Sauðárkrókur	65.74611,-19.63944	Skagafjörður is a municipality, not a town in the gazetteer; Sauðárkrókur is its seat
 * atlantis	-	-	No place of this name exists; left without coordinates
 * </pre>
 *
 * Parsing checks each line on its own (field count, slug, code or coordinates, a reason); whether the
 * entry exists and fits the city is checked against the gazetteer and the graph by {@link CityMatcher}.
 */
public final class OverrideFile {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String PLACEHOLDER = "<reason>";

    private OverrideFile() {
    }

    /** Parsed lines and the problems of the refused ones. */
    public record Parsed(List<OverrideLine> overrides, List<OverrideProblem> problems) {
    }

    /** A missing file is an empty one: there is nothing to settle yet. */
    public static Parsed read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return new Parsed(List.of(), List.of());
        } catch (CharacterCodingException e) {
            throw new GazetteerException(file + " is not UTF-8 text", e);
        } catch (IOException e) {
            throw new GazetteerException("cannot read " + file + ": " + e, e);
        }
    }

    public static Parsed parse(String text) {
        List<OverrideLine> overrides = new ArrayList<>();
        List<OverrideProblem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        // Split by hand, not with commons-csv's TDF format: there a '"' starts quoting, here it is part of a reason.
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            int number = i + 1;
            String problem = check(line.split("\t", -1));
            if (problem != null) {
                problems.add(new OverrideProblem(number, problem));
                continue;
            }
            String[] fields = line.split("\t", -1);
            Integer earlier = seen.putIfAbsent(fields[0].strip(), number);
            if (earlier != null) {
                problems.add(new OverrideProblem(number, "a second line for " + fields[0].strip()
                        + " (the first is line " + earlier + "); keep one"));
                continue;
            }
            overrides.add(new OverrideLine(number, fields[0].strip(), fields[1].strip(), fields[2].strip(),
                    fields[3].strip()));
        }
        return new Parsed(overrides, problems);
    }

    /** The problem of one line's fields, or null if the line is well-formed. */
    private static String check(String[] fields) {
        if (fields.length != 4) {
            return "expected 4 tab-separated fields (city, gazetteer name, GeoNames id, code or lat,lng, reason),"
                    + " found " + fields.length;
        }
        String slug = fields[0].strip();
        String name = fields[1].strip();
        String place = fields[2].strip();
        String reason = fields[3].strip();
        if (!SLUG.matcher(slug).matches()) {
            return "\"" + slug + "\" is not a city slug (the last part of the city's IRI, e.g. hamburg)";
        }
        if (name.isEmpty()) {
            return "no gazetteer name for " + slug + " (write - and - for a city the gazetteer cannot place)";
        }
        if (OverrideLine.NONE.equals(name) != OverrideLine.NONE.equals(place)) {
            return "for a city without a gazetteer entry write - as both the name and the place";
        }
        if (!OverrideLine.NONE.equals(place) && !OverrideLine.GEONAMES_ID.matcher(place).matches()
                && !OverrideLine.CODE.matcher(place).matches() && !OverrideLine.COORDINATES.matcher(place).matches()) {
            return "\"" + place + "\" is neither a GeoNames id (e.g. 2911298), a gazetteer code (e.g. DE.04) nor"
                    + " coordinates lat,lng (e.g. 53.55073,9.99302)";
        }
        if (reason.isEmpty() || reason.contains(PLACEHOLDER)) {
            return "no reason for " + slug + "; every override must say why";
        }
        return null;
    }
}
