package org.citynet.web.pages;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The Content-Security-Policy of these pages: scripts, styles, images, fonts and requests from this
 * application only, so that the browser itself refuses any attempt of a page or a library (YASGUI's
 * prefix.cc and LOV look-ups, a tile server, a CDN) to reach another host. Inline styles are allowed because
 * YASGUI and Leaflet set element styles; inline scripts are not.
 */
final class ContentSecurity {

    static final String HEADER = "Content-Security-Policy";
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none';"
            + " base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    private ContentSecurity() {
    }

    static void apply(HttpServletResponse response) {
        response.setHeader(HEADER, POLICY);
    }
}
