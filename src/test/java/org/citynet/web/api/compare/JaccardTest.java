package org.citynet.web.api.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class JaccardTest {

    @Test
    void isSharedOverAll() {
        Jaccard j = Jaccard.of(Set.of("a", "b", "c", "d", "e", "f", "g"), Set.of("a", "b", "h", "i", "j", "k"));
        assertThat(j.shared()).isEqualTo(2);
        assertThat(j.union()).isEqualTo(11);
        assertThat(j.value()).isEqualTo(2.0 / 11);
        assertThat(j.explanation()).isNull();
    }

    @Test
    void isUndefinedForTwoEmptySetsAndSaysWhy() {
        Jaccard j = Jaccard.of(Set.of(), Set.of());
        assertThat(j.value()).isNull();
        assertThat(j.union()).isZero();
        assertThat(j.explanation()).contains("undefined");
    }

    @Test
    void isZeroWhenOnlyOneSideHasMembersAndOneForEqualSets() {
        assertThat(Jaccard.of(Set.of("a"), Set.<String>of()).value()).isZero();
        assertThat(Jaccard.of(Set.of("a", "b"), Set.of("b", "a")).value()).isEqualTo(1.0);
        assertThat(Jaccard.of(Set.of("a", "b"), Set.of("c")).value()).isZero();
    }
}
