package org.citynet.web.pages;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.citynet.web.api.compare.CompareRequest;
import org.citynet.web.api.compare.CompareService;
import org.citynet.web.system.InvalidParameterException;
import org.citynet.web.system.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The comparison page, {@code GET /compare}: a plain GET form listing every city ({@code ?cities=a&cities=b}
 * or {@code ?cities=a,b}, optional {@code asOf} and {@code undated} as for {@code /api/compare}), or, when
 * there are too many to list, searching them by name ({@code find}; the form's search button also sends
 * {@code search}, which shows the matches instead of comparing), and, once cities are chosen, their
 * comparison from {@link CompareService}. A request the comparison refuses is
 * shown on the page, in the reader's language, with status 400 (404 for an unknown city) — never as a
 * JSON problem, since a person is reading.
 */
@Controller
class ComparePageController {

    private final CompareService service;
    private final CityDirectory directory;
    private final PageContexts pages;
    private final MessageSource messages;

    ComparePageController(CompareService service, CityDirectory directory, PageContexts pages,
                          MessageSource messages) {
        this.service = service;
        this.directory = directory;
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping(path = "/compare", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView compare(HttpServletRequest request, HttpServletResponse response) {
        PageContext page = pages.of(request, PageContexts.lenient(request));
        ContentSecurity.apply(response);
        List<String> chosen = chosen(request.getParameterValues("cities"));
        String asOf = blankToNull(request.getParameter("asOf"));
        String undated = blankToNull(request.getParameter("undated"));
        String find = blankToNull(request.getParameter("find"));
        boolean searching = request.getParameter("search") != null;
        Locale locale = Locale.forLanguageTag(page.language());
        boolean asked = !searching && (chosen.size() > 0 || asOf != null || undated != null);
        CompareView.Result result = null;
        String error = null;
        HttpStatus status = HttpStatus.OK;
        if (find != null && find.length() > CityChoices.MAX_FIND) {
            error = messages.getMessage("compare.error.find", new Object[] {find.length(), CityChoices.MAX_FIND},
                    locale);
            status = HttpStatus.BAD_REQUEST;
            find = null;
        }
        CityChoices.Choices choices = CityChoices.of(directory, page.preference(), locale, chosen, find);
        if (error == null && asked) {
            Outcome outcome = answer(page, chosen, asOf, undated, choices.ticked());
            result = outcome.result();
            error = outcome.error();
            status = outcome.status();
        }
        response.setStatus(status.value());
        CompareView view = new CompareView(choices.options(), search(choices, find, locale),
                asOf == null ? "" : asOf, undated == null ? "include" : undated, error, result);
        return new ModelAndView("pages/compare").addObject("page", page).addObject("compare", view);
    }

    private record Outcome(CompareView.Result result, String error, HttpStatus status) {
    }

    /** @param known the chosen ids that name a city */
    private Outcome answer(PageContext page, List<String> chosen, String asOf, String undated, Set<String> known) {
        Locale locale = Locale.forLanguageTag(page.language());
        String refusal = countProblem(chosen, locale);
        if (refusal != null) {
            return new Outcome(null, refusal, HttpStatus.BAD_REQUEST);
        }
        String unknown = unknownProblem(chosen, known, locale);
        if (unknown != null) {
            return new Outcome(null, unknown, HttpStatus.NOT_FOUND);
        }
        try {
            CompareRequest compare = CompareRequest.parse(String.join(",", chosen), asOf, undated);
            return new Outcome(new ComparisonLayout(page, messages).layout(service.compare(compare, page.preference())),
                    null, HttpStatus.OK);
        } catch (InvalidParameterException e) {
            String given = "asOf".equals(e.parameter()) ? asOf : "undated".equals(e.parameter()) ? undated : "";
            return new Outcome(null, messages.getMessage("compare.error." + e.parameter(), new Object[] {given},
                    messages.getMessage("compare.error.cities", null, locale), locale), HttpStatus.BAD_REQUEST);
        } catch (NotFoundException e) {
            // A city removed by a reload between reading the list and comparing.
            return new Outcome(null, messages.getMessage("compare.error.unknown", new Object[] {String.join(", ", chosen)},
                    locale), HttpStatus.NOT_FOUND);
        }
    }

    /** None, one or too many cities, in words the reader can act on; null when the count is fine. */
    private String countProblem(List<String> chosen, Locale locale) {
        if (chosen.isEmpty()) {
            return messages.getMessage("compare.error.none", null, locale);
        }
        if (chosen.size() == 1) {
            return messages.getMessage("compare.error.one", new Object[] {chosen.get(0)}, locale);
        }
        if (chosen.size() > CompareRequest.MAX_CITIES) {
            return messages.getMessage("compare.error.tooMany", new Object[] {chosen.size(), CompareRequest.MAX_CITIES},
                    locale);
        }
        return null;
    }

    private String unknownProblem(List<String> chosen, Set<String> known, Locale locale) {
        List<String> unknown = chosen.stream().filter(id -> !known.contains(id)).distinct().toList();
        return unknown.isEmpty() ? null
                : messages.getMessage("compare.error.unknown", new Object[] {String.join(", ", unknown)}, locale);
    }

    /** Repeated parameters and comma-separated lists alike, blanks dropped: the ids in the order given. */
    static List<String> chosen(String[] values) {
        if (values == null) {
            return List.of();
        }
        return Arrays.stream(values).flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private CompareView.Search search(CityChoices.Choices choices, String find, Locale locale) {
        if (!choices.searchable()) {
            return null;
        }
        String summary = find == null ? messages.getMessage("compare.find.help", new Object[] {choices.cities()}, locale)
                : choices.matched() == 0 ? messages.getMessage("compare.find.none", new Object[] {find}, locale)
                : messages.getMessage("compare.find.found", new Object[] {choices.matched(), find,
                        Math.min(choices.matched(), CityChoices.SHOWN)}, locale);
        return new CompareView.Search(find == null ? "" : find, summary, CityChoices.MAX_FIND);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
