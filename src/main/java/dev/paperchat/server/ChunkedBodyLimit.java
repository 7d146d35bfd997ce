package dev.paperchat.server;

import dev.paperchat.app.Json;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Holds a body sent without a length (chunked) to limits.body-bytes: Javalin checks only the
 * Content-Length header, so such a body would otherwise be read whole, however large.
 */
final class ChunkedBodyLimit implements Filter {
    private final long maxBytes;

    ChunkedBodyLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (http.getHeader("Transfer-Encoding") == null || http.getContentLengthLong() >= 0) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = http.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (body.length > maxBytes) {
            HttpServletResponse out = (HttpServletResponse) response;
            out.setStatus(413);
            out.setContentType("application/json");
            String message = "request body over " + maxBytes + " bytes (limits.body-bytes)";
            out.getWriter().write(Json.write(new ErrorBody("payload_too_large", message, 413)));
            return;
        }
        chain.doFilter(new BufferedRequest(http, body), response);
    }
}
