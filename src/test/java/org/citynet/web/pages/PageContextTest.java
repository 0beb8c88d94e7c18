package org.citynet.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.citynet.web.linkeddata.IriMapping;
import org.citynet.web.system.LanguagePreference;
import org.junit.jupiter.api.Test;

class PageContextTest {

    private static final IriMapping IRIS = new IriMapping("https://w3id.org/citynet/");

    private static PageContext page(String chosen, String acceptLanguage, String requestUri) {
        LanguagePreference preference = LanguagePreference.of(chosen, acceptLanguage);
        return new PageContext(PageContext.pageLanguage(preference), chosen, preference, "", requestUri, IRIS, List.of(), List.of());
    }

    @Test
    void linksKeepAnExplicitChoiceBeforeTheFragment() {
        PageContext page = page("sv", null, "/cities?lang=sv");
        assertThat(page.link("/cities")).isEqualTo("/cities?lang=sv");
        assertThat(page.link("/ontology#City")).isEqualTo("/ontology?lang=sv#City");
        assertThat(page.href("https://w3id.org/citynet/id/city/espoo")).isEqualTo("/id/city/espoo?lang=sv");
        assertThat(page.href("http://schema.org/Country")).isEqualTo("http://schema.org/Country");
        assertThat(page.external("http://schema.org/Country")).isTrue();
    }

    @Test
    void onlyPagesThatExistAndWebIrisAreLinked() {
        PageContext page = page(null, null, "/");
        assertThat(page.href("https://w3id.org/citynet/ontology#City")).isEqualTo("/ontology#City");
        assertThat(page.href("https://w3id.org/citynet/graph/load#manifest")).isNull();
        assertThat(page.href("javascript:alert(1)")).isNull();
        assertThat(page.href("urn:isbn:0451450523")).isNull();
    }

    @Test
    void withoutAChoiceLinksStayPlain() {
        PageContext page = page(null, "fi", "/cities");
        assertThat(page.language()).isEqualTo("fi");
        assertThat(page.link("/cities")).isEqualTo("/cities");
    }

    @Test
    void thePageLanguageIsTheFirstOfEnFiSvTheReaderAccepts() {
        assertThat(page(null, "de, sv;q=0.8, fi;q=0.5", "/").language()).isEqualTo("sv");
        assertThat(page(null, "de", "/").language()).isEqualTo("en");
        assertThat(page("fi", "sv", "/").language()).isEqualTo("fi");
    }

    @Test
    void theSwitchReplacesOnlyTheLanguage() {
        PageContext page = page("en", null, "/id/city/espoo?lang=en&x=1");
        assertThat(page.languages()).extracting(PageContext.LanguageOption::href)
                .containsExactly("/id/city/espoo?x=1&lang=en", "/id/city/espoo?x=1&lang=fi", "/id/city/espoo?x=1&lang=sv");
        assertThat(page.languages()).filteredOn(PageContext.LanguageOption::current)
                .extracting(PageContext.LanguageOption::code).containsExactly("en");
    }
}
