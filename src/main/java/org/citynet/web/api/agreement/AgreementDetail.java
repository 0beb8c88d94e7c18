package org.citynet.web.api.agreement;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.citynet.web.api.SourceView;

/**
 * The answer of {@code GET /api/agreements/{id}}: the agreement's fields (unwrapped, so the answer reads
 * like every other detail answer), the languages labels were chosen by and the source documents.
 */
public record AgreementDetail(@JsonUnwrapped AgreementView agreement, List<String> languages,
                              List<SourceView> sources) {
}
