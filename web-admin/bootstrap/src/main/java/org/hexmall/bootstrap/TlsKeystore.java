package org.hexmall.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.util.Collections;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The keystore hexmall serves HTTPS with: a PKCS#12 file ({@code HEXMALL_TLS_KEYSTORE}) that holds its private key
 * and certificate, opened with {@code HEXMALL_TLS_KEYSTORE_PASSWORD}. It is opened when the settings are read, so
 * that a file that is missing, is no keystore, or does not open with the password stops hexmall at start with one
 * line naming the variable, rather than with a stack trace from the web server. The password never appears when
 * the keystore is printed.
 */
public final class TlsKeystore {

    static final String VARIABLE = "HEXMALL_TLS_KEYSTORE";
    static final String PASSWORD_VARIABLE = "HEXMALL_TLS_KEYSTORE_PASSWORD";

    private final Path path;
    private final KeyStore keyStore;
    private final String password;
    /** The aliases of the private keys with their certificates, the entries a TLS server can use. */
    private final List<String> keyAliases;

    private TlsKeystore(Path path, KeyStore keyStore, String password, List<String> keyAliases) {
        this.path = path;
        this.keyStore = keyStore;
        this.password = password;
        this.keyAliases = keyAliases;
    }

    /**
     * Opens the keystore and checks that the password opens its private keys too.
     *
     * @throws ConfigurationException naming the variable at fault, when the file cannot be read, is not a
     *                                keystore, holds no private key, or the password does not open it
     */
    public static TlsKeystore open(Path path, String password) {
        if (password == null || password.isEmpty()) {
            throw new ConfigurationException(PASSWORD_VARIABLE + " must be set when " + VARIABLE + " is");
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new ConfigurationException(VARIABLE + " must name a keystore file hexmall can read, not '"
                    + path + "'");
        }
        KeyStore keyStore = load(path, password);
        try {
            List<String> keyAliases = Collections.list(keyStore.aliases()).stream()
                    .filter(alias -> isKeyWithCertificate(keyStore, alias)).toList();
            if (keyAliases.isEmpty()) {
                throw new ConfigurationException(VARIABLE + " must hold a private key with its certificate; '"
                        + path + "' holds none");
            }
            for (String alias : keyAliases) {
                keyStore.getKey(alias, password.toCharArray());
            }
            return new TlsKeystore(path, keyStore, password, keyAliases);
        } catch (UnrecoverableKeyException wrongPassword) {
            throw new ConfigurationException(PASSWORD_VARIABLE + " does not open the private key in '" + path + "'");
        } catch (GeneralSecurityException unusable) {
            throw notAKeystore(path, "cannot be used (" + unusable.getClass().getSimpleName() + ")");
        }
    }

    private static KeyStore load(Path path, String password) {
        try (InputStream file = Files.newInputStream(path)) {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(file, password.toCharArray());
            return keyStore;
        } catch (IOException unreadable) {
            // The JDK tells a wrong password from a damaged file only by the cause it gives.
            if (unreadable.getCause() instanceof UnrecoverableKeyException) {
                throw new ConfigurationException(PASSWORD_VARIABLE + " does not open the keystore '" + path + "'");
            }
            throw notAKeystore(path, "cannot be read as one");
        } catch (GeneralSecurityException unusable) {
            throw notAKeystore(path, "cannot be used (" + unusable.getClass().getSimpleName() + ")");
        }
    }

    private static ConfigurationException notAKeystore(Path path, String why) {
        return new ConfigurationException(VARIABLE + " must name a PKCS#12 keystore; '" + path + "' " + why);
    }

    private static boolean isKeyWithCertificate(KeyStore keyStore, String alias) {
        try {
            return keyStore.isKeyEntry(alias) && keyStore.getCertificate(alias) != null;
        } catch (GeneralSecurityException unreadableEntry) {
            return false;
        }
    }

    public Path path() {
        return path;
    }

    /** The opened keystore, for the web server's TLS connector. */
    KeyStore keyStore() {
        return keyStore;
    }

    /** The password of the keystore and of its private keys. */
    String password() {
        return password;
    }

    /**
     * A TLS context that trusts this keystore's own certificates and nothing else: how the simulated wallet
     * providers, which run beside the store, reach its notify endpoint over HTTPS without trusting anyone else.
     */
    SSLContext trustingItsCertificates() {
        try {
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            for (String alias : keyAliases) {
                trusted.setCertificateEntry(alias, keyStore.getCertificate(alias));
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException unexpected) {
            throw new IllegalStateException("Could not trust the certificates of '" + path + "'", unexpected);
        }
    }

    /** The path alone: the password never appears. */
    @Override
    public String toString() {
        return "TlsKeystore[" + path + "]";
    }
}
