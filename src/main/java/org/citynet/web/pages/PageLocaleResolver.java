package org.citynet.web.pages;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.LocaleResolver;

/**
 * The locale of every page's own text (messages): English, Finnish or Swedish, whichever comes first in
 * the reader's {@code ?lang=} and {@code Accept-Language}, the same rule as for labels. Stateless; the
 * choice is carried by the {@code lang} parameter in links, not stored.
 */
public class PageLocaleResolver implements LocaleResolver {

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return Locale.forLanguageTag(PageContext.pageLanguage(PageContexts.lenient(request)));
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("The page language follows ?lang= and Accept-Language");
    }
}
