package org.citynet.web.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the answer cache ({@code citynet.answer-cache.*}) of the REST API and the SPARQL endpoint,
 * one {@link AnswerCache} for both.
 *
 * @param enabled  ETag / 304 and the result cache on {@code /api/**} and {@code /sparql}
 * @param maxSize  the bodies kept at most, in all, of both (least recently used go first)
 * @param maxEntry a larger answer is answered with an ETag but not kept
 */
@ConfigurationProperties("citynet.answer-cache")
public record AnswerCacheProperties(@DefaultValue("true") boolean enabled,
                                    @DefaultValue("32MB") DataSize maxSize,
                                    @DefaultValue("2MB") DataSize maxEntry) {
}
