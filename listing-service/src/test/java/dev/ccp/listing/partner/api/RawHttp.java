package dev.ccp.listing.partner.api;

import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written by hand: the request line goes out exactly as given (no client tidies {@code //} or
 * {@code %70} away), optionally from another loopback address than 127.0.0.1 (a peer that is not a trusted proxy).
 */
final class RawHttp {
    record Answer(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final String from;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private RawHttp(String from) {
        this.from = from;
    }

    /** From 127.0.0.1, which the test profile trusts as the ingress. */
    static RawHttp viaProxy() {
        return new RawHttp(null);
    }

    /** From another loopback address: not a trusted proxy, so its forwarded headers are not believed. */
    static RawHttp from(String localAddress) {
        return new RawHttp(localAddress);
    }

    RawHttp header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    Answer post(String rawPath) {
        return send("POST", rawPath);
    }

    Answer get(String rawPath) {
        return send("GET", rawPath);
    }

    private Answer send(String method, String rawPath) {
        try (Socket socket = new Socket()) {
            if (from != null) {
                socket.bind(new InetSocketAddress(from, 0));
            }
            socket.connect(new InetSocketAddress("127.0.0.1", RestAssured.port), 5_000);
            socket.setSoTimeout(20_000);
            StringBuilder request = new StringBuilder(method).append(' ').append(rawPath).append(" HTTP/1.1\r\n")
                    .append("Host: localhost\r\nConnection: close\r\nContent-Length: 0\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            socket.getOutputStream().write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            return parse(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer parse(String response) {
        int end = response.indexOf("\r\n\r\n");
        String[] lines = response.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, response.substring(end + 4));
    }
}
