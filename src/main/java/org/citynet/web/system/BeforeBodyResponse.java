package org.citynet.web.system;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.function.Consumer;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;

/**
 * A response that runs a step once, when its headers are final but not yet sent: just before the first
 * byte of the body, a flush, or — for an answer without a body — when {@link #finish()} is called after the
 * chain. Not on {@code getOutputStream()}: a caching wrapper asks for the stream long before it writes, and
 * sets headers after. It also remembers the declared length, which Tomcat keeps out of its header list.
 */
final class BeforeBodyResponse extends HttpServletResponseWrapper {

    private final Consumer<BeforeBodyResponse> step;
    private long length = -1;
    private boolean done;

    BeforeBodyResponse(HttpServletResponse response, Consumer<BeforeBodyResponse> step) {
        super(response);
        this.step = step;
    }

    /** The body's declared length; -1 if unknown. */
    long length() {
        return length;
    }

    /** Runs the step now if it has not run and the answer is not on its way. */
    void finish() {
        if (!done && !isCommitted()) {
            done = true;
            step.accept(this);
        }
    }

    @Override
    public void setContentLength(int length) {
        setContentLengthLong(length);
    }

    @Override
    public void setContentLengthLong(long length) {
        this.length = length;
        super.setContentLengthLong(length);
    }

    @Override
    public void setHeader(String name, String value) {
        remember(name, value);
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        remember(name, value);
        super.addHeader(name, value);
    }

    private void remember(String name, String value) {
        if (HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name) && value != null) {
            length = Long.parseLong(value.strip());
        }
    }

    @Override
    public void flushBuffer() throws IOException {
        finish();
        super.flushBuffer();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        ServletOutputStream out = super.getOutputStream();
        return new ServletOutputStream() {
            @Override
            public void write(int b) throws IOException {
                finish();
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                finish();
                out.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                finish();
                out.flush();
            }

            @Override
            public void close() throws IOException {
                finish();
                out.close();
            }

            @Override
            public boolean isReady() {
                return out.isReady();
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                out.setWriteListener(listener);
            }
        };
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        PrintWriter writer = super.getWriter();
        return new PrintWriter(new Writer() {
            @Override
            public void write(char[] chars, int off, int len) {
                finish();
                writer.write(chars, off, len);
            }

            @Override
            public void flush() {
                finish();
                writer.flush();
            }

            @Override
            public void close() {
                finish();
                writer.close();
            }
        });
    }
}
