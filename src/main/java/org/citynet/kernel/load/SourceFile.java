package org.citynet.kernel.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One input file with its role and the name shown in messages (relative to the project root where
 * possible).
 */
public record SourceFile(FileRole role, Path path, String name) {

    byte[] read() throws IOException {
        return Files.readAllBytes(path);
    }

    /** Key under which the file enters the content hash; the role keeps two same-named inputs apart. */
    String hashKey() {
        return role.label() + ":" + name;
    }

    /** File name without its extension, e.g. {@code cities} for {@code data/cities.ttl}. */
    String basename() {
        String fileName = path.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
