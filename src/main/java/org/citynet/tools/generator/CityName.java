package org.citynet.tools.generator;

import java.util.List;

/**
 * A made-up city name in Finnish, Swedish and English, built from syllables so that it reads like a place
 * name. The syllables encode the city's number (in a seed-dependent order), so cities whose numbers need
 * the same count of syllables (below 13,824, below 331,776, ...) never share a name. The ending is
 * translated the way Finnish place names are (Järvenpää / Träskända): -järvi becomes -träsk, -koski -fors,
 * -lahti -vik, -ranta -strand.
 *
 * @param fi Finnish name
 * @param sv Swedish name
 * @param en English name (the Finnish one, as English uses the local name)
 */
record CityName(String fi, String sv, String en) {

    private static final List<String> SYLLABLES = List.of("ka", "la", "ri", "va", "to", "ne", "mi", "su", "lo",
            "ha", "pe", "jo", "ki", "ra", "sa", "te", "vi", "ko", "lu", "ma", "no", "pa", "si", "tu");
    private static final List<String[]> ENDINGS = List.of(new String[] {"", ""}, new String[] {"la", "la"},
            new String[] {"järvi", "träsk"}, new String[] {"koski", "fors"}, new String[] {"lahti", "vik"},
            new String[] {"ranta", "strand"}, new String[] {"niemi", "näs"}, new String[] {"saari", "ö"});

    /**
     * @param number   the city's 1-based number; numbers with the same syllable count get distinct names
     * @param scramble an odd multiplier, not a multiple of 3, that spreads consecutive numbers apart
     * @param ending   index of the ending, chosen by the caller's random stream
     */
    static CityName of(int number, long scramble, int ending) {
        int length = 3;
        long space = 24L * 24 * 24;
        while (space < number + 1L) {
            length++;
            space *= 24;
        }
        // Reduced first, so the product cannot overflow; the residue keeps the multiplier coprime to 24.
        long code = Math.floorMod(number * Math.floorMod(scramble, space), space);
        StringBuilder core = new StringBuilder();
        for (int i = 0; i < length; i++) {
            core.append(SYLLABLES.get((int) (code % 24)));
            code /= 24;
        }
        core.setCharAt(0, Character.toUpperCase(core.charAt(0)));
        String[] suffix = ENDINGS.get(Math.floorMod(ending, ENDINGS.size()));
        return new CityName(core + suffix[0], core + suffix[1], core + suffix[0]);
    }

    static int endings() {
        return ENDINGS.size();
    }

    String name(String language) {
        return switch (language) {
            case "fi" -> fi;
            case "sv" -> sv;
            default -> en;
        };
    }
}
