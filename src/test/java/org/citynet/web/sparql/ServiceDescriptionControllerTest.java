package org.citynet.web.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who is a browser at {@code GET /sparql}: HTML named first; anything else gets the service description. */
class ServiceDescriptionControllerTest {

    @Test
    void browsersNameHtmlFirst() {
        assertThat(ServiceDescriptionController.isBrowser(
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")).isTrue();
        assertThat(ServiceDescriptionController.isBrowser("application/xhtml+xml, text/turtle;q=0.5")).isTrue();
        assertThat(ServiceDescriptionController.isBrowser("text/turtle;q=0.5, text/html")).isTrue();
    }

    @Test
    void clientsGetTheDescription() {
        assertThat(ServiceDescriptionController.isBrowser(null)).isFalse();
        assertThat(ServiceDescriptionController.isBrowser("*/*")).isFalse();
        assertThat(ServiceDescriptionController.isBrowser("text/turtle, text/html;q=0.9")).isFalse();
        assertThat(ServiceDescriptionController.isBrowser("text/html;q=0")).isFalse();
        assertThat(ServiceDescriptionController.isBrowser(";;;")).isFalse();
        assertThat(ServiceDescriptionController.isBrowser(",")).isFalse();
    }
}
