package org.citynet.web.api;

import org.citynet.web.system.BadRequestException;
import org.citynet.web.system.InvalidParameterException;
import org.citynet.web.system.LanguagePreference;
import org.springframework.stereotype.Component;

/** Makes the {@link Localizer} of a request from its {@code ?lang} parameter and Accept-Language header. */
@Component
public class Localizers {

    private final Iris iris;

    public Localizers(Iris iris) {
        this.iris = iris;
    }

    /**
     * @param lang           the {@code lang} request parameter, may be null
     * @param acceptLanguage the Accept-Language header, may be null (a malformed one is ignored)
     * @throws InvalidParameterException naming {@code lang} if it is not a language tag
     */
    public Localizer of(String lang, String acceptLanguage) {
        try {
            return new Localizer(LanguagePreference.of(lang, acceptLanguage), iris);
        } catch (BadRequestException e) {
            throw new InvalidParameterException("lang", "must be a language tag such as en, fi or sv");
        }
    }
}
