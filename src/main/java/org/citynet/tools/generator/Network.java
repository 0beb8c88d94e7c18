package org.citynet.tools.generator;

import java.util.List;

/**
 * One generated city network: its kind, themes, founding year and how many working groups it has. Networks
 * are numbered by size rank, 1 the biggest: cities choose them with a Zipf-like preference for low numbers.
 *
 * @param number  1-based; also its rank in popularity
 * @param kind    from the real network-kind scheme
 * @param themes  one or two themes; the first names the network
 * @param formal  a formal association ({@code org:FormalOrganization}) rather than a looser collaboration
 * @param founded founding year, or 0 if the (synthetic) source gives none
 * @param groups  number of working groups, numbered 1..groups
 */
record Network(int number, Concept kind, List<Concept> themes, boolean formal, int founded, int groups) {

    /** The theme a working group is about: the network's own themes first, then others spread over all. */
    Concept groupTheme(int group, List<Concept> popularThemes) {
        if (group <= themes.size()) {
            return themes.get(group - 1);
        }
        return popularThemes.get((number + group * 7) % popularThemes.size());
    }

    String label(String language) {
        Concept theme = themes.get(0);
        return switch (language) {
            case "fi" -> capitalise(theme.fi()) + " -kaupunkiverkosto " + number;
            case "sv" -> "Stadsnätverket för " + theme.sv() + " " + number;
            default -> capitalise(theme.en()) + " City Network " + number;
        };
    }

    String groupLabel(int group, Concept theme, String language) {
        return switch (language) {
            case "fi" -> label("fi") + ": työryhmä " + theme.fi();
            case "sv" -> label("sv") + ": arbetsgrupp för " + theme.sv();
            default -> label("en") + ": working group on " + theme.en();
        };
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
