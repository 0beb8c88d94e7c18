package org.citynet.web.api.compare;

import java.util.Locale;

/**
 * What an {@code asOf} comparison does with a membership or agreement whose period the sources do not give
 * (most memberships in the data): count it as in force ({@link #INCLUDE}, the default, because a source
 * that states a membership without dates states it as current) or leave it out ({@link #EXCLUDE}, for a
 * strict reading). Either way the answer flags such items with {@code periodKnown: false}.
 */
public enum UndatedPolicy {
    INCLUDE, EXCLUDE;

    /** The request parameter's value, {@code include} or {@code exclude}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException if {@code text} is neither value */
    public static UndatedPolicy parse(String text) {
        for (UndatedPolicy policy : values()) {
            if (policy.value().equals(text)) {
                return policy;
            }
        }
        throw new IllegalArgumentException("must be include or exclude");
    }
}
