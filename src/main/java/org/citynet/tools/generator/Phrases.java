package org.citynet.tools.generator;

/**
 * The descriptions a synthetic source gives, in its own language (as the real sources keep their wording;
 * only names are translated). Plain sentences without digits in brackets or at-signs, so they never look
 * like the contact details the shapes refuse.
 */
final class Phrases {

    private Phrases() {
    }

    static String city(String name, String country, String language) {
        return switch (language) {
            case "fi" -> name + " on kaupunki, jonka maa on " + country + ".";
            case "sv" -> name + " är en stad i " + country + ".";
            default -> name + " is a city in " + country + ".";
        };
    }

    static String twins(String first, String second, String language) {
        return switch (language) {
            case "fi" -> first + " ja " + second + " ovat ystävyyskaupunkeja.";
            case "sv" -> first + " och " + second + " är vänorter.";
            default -> first + " and " + second + " are twin cities.";
        };
    }

    static String agreement(String first, String second, boolean memorandum, String language) {
        return switch (language) {
            case "fi" -> first + " ja " + second + " allekirjoittivat "
                    + (memorandum ? "yhteisymmärryspöytäkirjan." : "kumppanuussopimuksen.");
            case "sv" -> first + " och " + second + " undertecknade "
                    + (memorandum ? "ett samförståndsavtal." : "ett partnerskapsavtal.");
            default -> first + " and " + second + " signed "
                    + (memorandum ? "a memorandum of understanding." : "a partnership agreement.");
        };
    }
}
