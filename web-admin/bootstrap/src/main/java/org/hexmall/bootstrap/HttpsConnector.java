package org.hexmall.bootstrap;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The web server's one connector when a keystore is configured: HTTPS (TLS 1.2 or 1.3, then HTTP/1.1) on the
 * configured port, in place of plain HTTP. A client that speaks plain HTTP to it gets no page: the handshake fails
 * and the connection closes. The {@code Strict-Transport-Security} header comes with the other security headers
 * ({@code SecurityHeaders}), not from this connector.
 */
final class HttpsConnector {

    private HttpsConnector() {
    }

    /**
     * @param http the settings Javalin gives its own connectors; they are copied, not changed
     * @param port the port to listen on; {@code 0} picks a free one
     */
    static ServerConnector on(Server server, HttpConfiguration http, TlsKeystore keystore, int port) {
        var tls = new SslContextFactory.Server();
        tls.setKeyStore(keystore.keyStore());
        tls.setKeyStorePassword(keystore.password());
        tls.setIncludeProtocols("TLSv1.3", "TLSv1.2");
        var https = new HttpConfiguration(http);
        var secure = new SecureRequestCustomizer();
        // By default Jetty answers 400 "Invalid SNI" to a request whose Host is not a name in the certificate. The
        // certificate's names are the client's to check, and browsers do, with a warning; a person who tries
        // hexmall on localhost with a self-signed certificate made for another name, and accepts the warning,
        // would otherwise get nothing but 400s.
        secure.setSniHostCheck(false);
        https.addCustomizer(secure);
        var connector = new ServerConnector(server,
                new SslConnectionFactory(tls, "http/1.1"), new HttpConnectionFactory(https));
        connector.setPort(port);
        return connector;
    }
}
