package org.citynet.web.linkeddata;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Publishes the JSON-LD context that every JSON-LD description references ({@code "@context":
 * ".../context.jsonld"}). It depends on the configured base only, so clients may cache it.
 */
@RestController
class ContextController {

    private static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

    private final JsonLdContext context;

    ContextController(JsonLdContext context) {
        this.context = context;
    }

    @GetMapping(path = "/context.jsonld")
    ResponseEntity<String> context() {
        return ResponseEntity.ok().contentType(JSON_LD).cacheControl(CacheControl.maxAge(Duration.ofDays(1)))
                // JSON-LD processors in browsers fetch contexts across origins.
                .header("Access-Control-Allow-Origin", "*")
                .body(context.document());
    }
}
