package org.citynet.web.api;

/** A text (description, alternative name) in its language; "" when the data gives none. */
public record Text(String text, String language) {
}
