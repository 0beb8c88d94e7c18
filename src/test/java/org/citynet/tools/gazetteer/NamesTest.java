package org.citynet.tools.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void exactIgnoresCaseNormalisationAndSeparators() {
        assertThat(Names.exact("KØGE")).isEqualTo(Names.exact("Køge"));
        // "é" precomposed (NFC) and as e + combining acute (NFD) are the same name.
        assertThat(Names.exact("Montre\u0301al")).isEqualTo(Names.exact("Montréal"));
        assertThat(Names.exact("Port-of-Spain")).isEqualTo(Names.exact(" Port  of Spain "));
        assertThat(Names.exact("Montreal")).isNotEqualTo(Names.exact("Montréal"));
    }

    @Test
    void foldedDropsCombiningMarksButNotOtherLetters() {
        assertThat(Names.folded("Montreal")).isEqualTo(Names.folded("Montréal"));
        assertThat(Names.folded("Nomme")).isEqualTo(Names.folded("Nõmme"));
        assertThat(Names.folded("Sotši")).isEqualTo("sotsi");
        // ø and ð are letters of their own, not o or d with a mark.
        assertThat(Names.folded("Koge")).isNotEqualTo(Names.folded("Køge"));
        assertThat(Names.folded("Skagafjördur")).isNotEqualTo(Names.folded("Skagafjörður"));
    }
}
