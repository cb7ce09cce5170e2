package org.hexmall.adapter.in.web.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Makes a PKCS#12 keystore with a self-signed certificate for {@code localhost}, with the running JDK's
 * {@code keytool} and the command the README shows, for the tests that start hexmall with HTTPS, and the TLS
 * context of a client that trusts that certificate alone. Shared through this module's test jar.
 */
public final class SelfSignedKeystore {

    private static final String ALIAS = "hexmall";
    private static final long KEYTOOL_TIMEOUT_SECONDS = 60;

    private SelfSignedKeystore() {
    }

    /** Creates {@code hexmall.p12} in the folder, opened with {@code password}, and answers its path. */
    public static Path createIn(Path folder, String password) {
        Path keystore = folder.resolve("hexmall.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        List<String> command = List.of(keytool, "-genkeypair", "-alias", ALIAS, "-keyalg", "EC",
                "-groupname", "secp256r1", "-validity", "365", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", password);
        Path output = folder.resolve("keytool.out");
        try {
            // Nothing to type: with its input closed, keytool fails rather than waits if it would ask for anything.
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                    .start();
            process.getOutputStream().close();
            if (!process.waitFor(KEYTOOL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("keytool did not finish within " + KEYTOOL_TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("keytool failed (" + process.exitValue() + "): "
                        + Files.readString(output, StandardCharsets.UTF_8));
            }
            return keystore;
        } catch (IOException cannotRun) {
            throw new UncheckedIOException("Could not run " + keytool, cannotRun);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while keytool ran", interrupted);
        }
    }

    /** A TLS context for a client that trusts the certificate in a keystore {@link #createIn} made, and no other. */
    public static SSLContext trustingOnly(Path keystore, String password) {
        try {
            Certificate certificate = KeyStore.getInstance(keystore.toFile(), password.toCharArray())
                    .getCertificate(ALIAS);
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry(ALIAS, certificate);
            var trust = TrustManagerFactory.getInstance("PKIX");
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException unusable) {
            throw new IllegalStateException("Could not trust the certificate in " + keystore, unusable);
        }
    }
}
