package org.citynet.linkeddata;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Gives every template view that lacks one the model attribute {@code page} ({@link PageContext}), so that
 * pages other features add later can use the shared layout without building it themselves.
 */
class PageContextInterceptor implements HandlerInterceptor {

    private final PageContexts pages;

    PageContextInterceptor(PageContexts pages) {
        this.pages = pages;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView modelAndView) {
        if (modelAndView == null || !modelAndView.isReference() || modelAndView.getModel().containsKey("page")) {
            return;
        }
        String view = modelAndView.getViewName();
        if (view != null && !view.startsWith("redirect:") && !view.startsWith("forward:")) {
            modelAndView.addObject("page", pages.of(request, PageContexts.lenient(request)));
        }
    }
}
