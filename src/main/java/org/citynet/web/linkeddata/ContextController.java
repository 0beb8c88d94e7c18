package org.citynet.web.linkeddata;

import java.time.Duration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.citynet.web.system.OpenApiConfiguration;
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
@Tag(name = OpenApiConfiguration.TAG_LINKED_DATA)
class ContextController {

    private static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

    private final JsonLdContext context;

    ContextController(JsonLdContext context) {
        this.context = context;
    }

    @Operation(operationId = "getJsonLdContext", summary = "Read the JSON-LD context",
            description = "The context every JSON-LD description of this service references: prefixes and terms"
                    + " for citynet's vocabulary. It changes only with the configured base IRI; cacheable for a day"
                    + " and readable from any origin.",
            responses = @ApiResponse(responseCode = "200", description = "The context",
                    content = @Content(mediaType = "application/ld+json", schema = @Schema(type = "object"))))
    @GetMapping(path = "/context.jsonld")
    ResponseEntity<String> context() {
        return ResponseEntity.ok().contentType(JSON_LD).cacheControl(CacheControl.maxAge(Duration.ofDays(1)))
                // JSON-LD processors in browsers fetch contexts across origins.
                .header("Access-Control-Allow-Origin", "*")
                .body(context.document());
    }
}
