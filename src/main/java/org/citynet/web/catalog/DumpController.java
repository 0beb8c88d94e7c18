package org.citynet.web.catalog;

import java.util.Base64;
import java.util.HexFormat;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.citynet.web.system.NotFoundException;
import org.citynet.web.system.OpenApiConfiguration;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the dumps ({@code /dumps/citynet.nq.gz}, {@code /dumps/citynet.trig.gz}) as the gzip files they
 * are: {@code Content-Type: application/gzip} and no {@code Content-Encoding}, so that what a client saves
 * is byte for byte the file whose SHA-256 the catalogue gives (a Content-Encoding would invite clients to
 * unpack it on the fly). The ETag is that checksum; Spring answers {@code If-None-Match} and
 * {@code If-Modified-Since} with 304, HEAD without a body, and {@code Range} with partial content.
 */
@RestController
@Tag(name = OpenApiConfiguration.TAG_CATALOGUE)
class DumpController {

    private static final MediaType GZIP = MediaType.parseMediaType("application/gzip");

    private final Dumps dumps;

    DumpController(Dumps dumps) {
        this.dumps = dumps;
    }

    @Operation(operationId = "getDump", summary = "Download a dump of the whole knowledge graph",
            description = "Every quad of citynet's graphs as a gzip file, remade whenever the data changes: N-Quads"
                    + " (citynet.nq.gz) or TriG (citynet.trig.gz). Served as the file it is (no Content-Encoding),"
                    + " so the bytes match the SHA-256 in the catalogue, the ETag and Repr-Digest; Range requests"
                    + " and If-None-Match are answered.",
            responses = @ApiResponse(responseCode = "200", description = "The gzip file",
                    content = @Content(mediaType = "application/gzip",
                            schema = @Schema(type = "string", format = "binary"))))
    @ApiResponse(responseCode = "404", ref = OpenApiConfiguration.RESPONSES + OpenApiConfiguration.NOT_FOUND)
    @ApiResponse(responseCode = "502", ref = OpenApiConfiguration.RESPONSES + OpenApiConfiguration.BAD_GATEWAY)
    @ApiResponse(responseCode = "503", ref = OpenApiConfiguration.RESPONSES + OpenApiConfiguration.SERVICE_UNAVAILABLE)
    @GetMapping("/dumps/{name}")
    ResponseEntity<Resource> dump(@Parameter(description = "The file",
            schema = @Schema(allowableValues = {"citynet.nq.gz", "citynet.trig.gz"})) @PathVariable String name) {
        DumpFormat format = DumpFormat.byFileName(name).orElseThrow(() -> new NotFoundException(
                "No dump named '" + (name.length() > 40 ? name.substring(0, 40) + "…" : name)
                        + "'; there are /dumps/citynet.nq.gz and /dumps/citynet.trig.gz"));
        Dump dump = dumps.forRequest().get(format);
        return ResponseEntity.ok()
                .contentType(GZIP)
                .contentLength(dump.size())
                .eTag(dump.sha256())
                .lastModified(dump.created())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(format.fileName()).build().toString())
                // RFC 9530: the same checksum in the form HTTP clients can verify themselves.
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(
                        HexFormat.of().parseHex(dump.sha256())) + ":")
                .body(new FileSystemResource(dump.file()));
    }
}
