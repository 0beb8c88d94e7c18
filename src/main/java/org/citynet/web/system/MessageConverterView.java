package org.citynet.web.system;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.servlet.View;

/**
 * A view that writes a body with a message converter, for handlers that answer either a page rendered from
 * a template or data: Spring MVC picks the return value handler by the method's declared type, so one
 * handler returns a {@code ModelAndView} for both, and the data goes through the very converter that writes
 * {@code ResponseEntity} bodies. Made per response.
 *
 * @param body        what to write
 * @param contentType the negotiated Content-Type, with its charset
 * @param converter   the converter that writes {@code body} in it
 */
public record MessageConverterView(Object body, MediaType contentType, HttpMessageConverter<Object> converter)
        implements View {

    @Override
    public String getContentType() {
        return contentType.toString();
    }

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        ServletServerHttpResponse output = new ServletServerHttpResponse(response);
        converter.write(body, contentType, output);
        output.flush();
    }
}
