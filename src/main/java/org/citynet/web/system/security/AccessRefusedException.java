package org.citynet.web.system.security;

import org.citynet.web.system.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;

/** Valid credentials that do not allow the request: 403. */
class AccessRefusedException extends ProblemException {

    AccessRefusedException(AccessDeniedException cause) {
        super(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "The credentials sent do not allow this request.",
                cause);
    }
}
