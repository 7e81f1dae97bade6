package dev.ccp.listing.webhooks.infrastructure;

import dev.ccp.listing.webhooks.domain.ReceiverAddresses.Target;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * POSTs one webhook over HTTP/1.1 to exactly the address {@code ReceiverAddresses} checked. The JDK's HttpClient
 * resolves the host name again itself, so it could connect somewhere else than what was checked (DNS rebinding);
 * here the socket goes to the checked address, while TLS still sends the host name (SNI) and verifies the
 * certificate against it. Redirects are not followed (a 3xx is a failed attempt), and only the status line is read.
 */
public final class PinnedAddressSender {
    private static final int MAX_STATUS_LINE = 8 * 1024;

    private final Duration connectTimeout;
    private final Duration readTimeout;

    public PinnedAddressSender(Duration connectTimeout, Duration readTimeout) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    /** @return the receiver's status code */
    public int post(Target target, Map<String, String> headers, String body) throws IOException {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = open(target)) {
            OutputStream out = socket.getOutputStream();
            StringBuilder request = new StringBuilder()
                    .append("POST ").append(pathOf(target)).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(hostHeader(target)).append("\r\n")
                    .append("Content-Type: application/json\r\n")
                    .append("Content-Length: ").append(content.length).append("\r\n")
                    .append("User-Agent: ccp-listing-webhooks/1\r\n")
                    .append("Connection: close\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            request.append("\r\n");
            out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            return statusCode(socket.getInputStream());
        }
    }

    private Socket open(Target target) throws IOException {
        Socket plain = new Socket();
        try {
            plain.connect(new InetSocketAddress(target.address(), target.port()), (int) connectTimeout.toMillis());
            plain.setSoTimeout((int) readTimeout.toMillis());
            if (!target.tls()) {
                return plain;
            }
            String host = target.url().getHost();
            SSLSocket tls = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault())
                    .createSocket(plain, host, target.port(), true);
            SSLParameters parameters = tls.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS"); // the certificate must name the host
            if (!host.startsWith("[") && !host.matches("[0-9.]+")) { // SNI names hosts, never address literals
                parameters.setServerNames(java.util.List.of(new SNIHostName(host)));
            }
            tls.setSSLParameters(parameters);
            tls.startHandshake();
            return tls;
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
    }

    /** Reads {@code HTTP/1.1 <code> ...}, skipping interim 1xx answers. */
    private static int statusCode(InputStream in) throws IOException {
        while (true) {
            String line = readLine(in);
            String[] parts = line.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
                throw new IOException("not an HTTP answer");
            }
            int code;
            try {
                code = Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                throw new IOException("not an HTTP status: " + parts[1]);
            }
            if (code >= 200 || code < 100) {
                return code;
            }
            while (!readLine(in).isEmpty()) {
                // the interim answer's headers
            }
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                break;
            }
            if (c != '\r') {
                line.write(c);
            }
            if (line.size() > MAX_STATUS_LINE) {
                throw new IOException("answer line too long");
            }
        }
        if (c == -1 && line.size() == 0) {
            throw new IOException("the receiver closed the connection without answering");
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private static String pathOf(Target target) {
        String path = target.url().getRawPath();
        String query = target.url().getRawQuery();
        return (path == null || path.isEmpty() ? "/" : path) + (query == null ? "" : "?" + query);
    }

    private static String hostHeader(Target target) {
        int port = target.url().getPort();
        return target.url().getRawAuthority().contains("@") || port == -1 ? target.url().getHost()
                : target.url().getHost() + ":" + port;
    }
}
