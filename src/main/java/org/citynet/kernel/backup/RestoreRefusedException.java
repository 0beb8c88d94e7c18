package org.citynet.kernel.backup;

import java.util.List;

/**
 * Thrown when a restore is refused before anything in the store changed: the backup's checksum does not
 * match, it is not a complete gzip stream, it has N-Quads syntax errors (with line and column), or the
 * store is not empty and the restore was not forced. Carries every reason, one line each.
 */
public class RestoreRefusedException extends RuntimeException {

    private final List<String> reasons;

    public RestoreRefusedException(List<String> reasons) {
        this(reasons, null);
    }

    public RestoreRefusedException(List<String> reasons, Throwable cause) {
        super("Restore refused: " + String.join("; ", reasons), cause);
        this.reasons = List.copyOf(reasons);
    }

    /** Why, one person-readable line per reason. */
    public List<String> reasons() {
        return reasons;
    }
}
