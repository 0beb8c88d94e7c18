package org.citynet.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the answer cache of the REST API ({@code citynet.answer-cache.*}).
 *
 * @param enabled  ETag / 304 and the result cache on {@code /api/**}
 * @param maxSize  the bodies kept at most, in all (least recently used go first)
 * @param maxEntry a larger answer is answered with an ETag but not kept
 */
@ConfigurationProperties("citynet.answer-cache")
public record AnswerCacheProperties(@DefaultValue("true") boolean enabled,
                                    @DefaultValue("32MB") DataSize maxSize,
                                    @DefaultValue("2MB") DataSize maxEntry) {
}
