package org.citynet.web.api.agreement;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.citynet.web.api.SourceView;

/**
 * The answer of {@code GET /api/agreements/{id}}: the agreement's fields (unwrapped, so the answer reads
 * like every other detail answer), the languages labels were chosen by and the source documents. The
 * view's own {@code sources} (the documents' IRIs) is left out: the answer's {@code sources} describes the
 * same documents in full, and one object must not carry a key twice.
 */
public record AgreementDetail(@JsonUnwrapped @JsonIgnoreProperties("sources") AgreementView agreement,
                              List<String> languages,
                              List<SourceView> sources) {
}
