package org.citynet.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Gives every template view the model attributes of the shared layout: {@code page} ({@link PageContext})
 * where the controller did not make one, so that pages other features add later can use the layout without
 * building it themselves, and {@code footer}, the footer's HTML for that page from {@link SiteFooter}.
 */
public class PageContextInterceptor implements HandlerInterceptor {

    private final PageContexts pages;
    private final SiteFooter footer;

    public PageContextInterceptor(PageContexts pages, SiteFooter footer) {
        this.pages = pages;
        this.footer = footer;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView modelAndView) {
        if (modelAndView == null || !modelAndView.isReference()) {
            return;
        }
        String view = modelAndView.getViewName();
        if (view == null || view.startsWith("redirect:") || view.startsWith("forward:")) {
            return;
        }
        if (!modelAndView.getModel().containsKey("page")) {
            modelAndView.addObject("page", pages.of(request, PageContexts.lenient(request)));
        }
        if (modelAndView.getModel().get("page") instanceof PageContext page
                && !modelAndView.getModel().containsKey("footer")) {
            modelAndView.addObject("footer", footer.html(page));
        }
    }
}
