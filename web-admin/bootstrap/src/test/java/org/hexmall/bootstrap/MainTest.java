package org.hexmall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.hexmall.adapter.in.web.common.SelfSignedKeystore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a person who starts hexmall with {@code java -jar} sees when its HTTPS settings are wrong: hexmall runs in a
 * process of its own, as it would from the command line, and stops at once with one line that names the variable.
 */
class MainTest {

    private static final long START_TIMEOUT_SECONDS = 60;

    @Test
    void aWrongKeystorePasswordStopsHexmallWithOneLineAndNoStackTrace(@TempDir Path folder) throws Exception {
        Path keystore = SelfSignedKeystore.createIn(folder, "keystore-pass-1");

        assertStopsSaying(start(folder, Map.of(
                        "HEXMALL_TLS_KEYSTORE", keystore.toString(),
                        "HEXMALL_TLS_KEYSTORE_PASSWORD", "not-the-password")),
                "HEXMALL_TLS_KEYSTORE_PASSWORD does not open the keystore '" + keystore + "'");
    }

    @Test
    void aMissingKeystoreStopsHexmallWithOneLineAndNoStackTrace(@TempDir Path folder) throws Exception {
        Path missing = folder.resolve("missing.p12");

        assertStopsSaying(start(folder, Map.of(
                        "HEXMALL_TLS_KEYSTORE", missing.toString(),
                        "HEXMALL_TLS_KEYSTORE_PASSWORD", "keystore-pass-1")),
                "HEXMALL_TLS_KEYSTORE must name a keystore file hexmall can read, not '" + missing + "'");
    }

    @Test
    void settingsFoundUnusableOnlyAsTheyAreUsed_stopHexmallWithOneLineNamingTheVariable(@TempDir Path folder)
            throws Exception {
        assertStopsSaying(start(folder, Map.of("HEXMALL_FIELD_KEY", "abc")),
                "HEXMALL_FIELD_KEY decodes to 2 bytes, not 32: HEXMALL_FIELD_KEY must hold 32 random bytes in base64"
                        + " (44 characters), such as `openssl rand -base64 32` prints");
        Path notAFolder = Files.writeString(folder.resolve("a-file"), "not a folder");
        assertStopsSaying(start(folder, Map.of("HEXMALL_PERSISTENCE", "jdbi",
                        "HEXMALL_DATA_DIR", notAFolder.resolve("data").toString())),
                "HEXMALL_DATA_DIR must name a folder hexmall can write to: it cannot read or create "
                        + notAFolder.resolve("data").resolve("field.key") + " (FileSystemException)");
        assertStopsSaying(start(folder, Map.of("HEXMALL_PERSISTENCE", "jdbi", "HEXMALL_DEMO_DATA", "off",
                        "HEXMALL_DATA_DIR", folder.resolve("data").toString())),
                "HEXMALL_FIELD_KEY must be set to 32 random bytes in base64 (for example: openssl rand -base64 32)"
                        + " when HEXMALL_DEMO_DATA is false");
    }

    /** How hexmall ended, and everything it wrote, standard output and error together. */
    private record Stopped(int exitCode, String output) {
    }

    /** Exit code 2, the one for a bad setting, and the one line: nothing else, no stack trace. */
    private static void assertStopsSaying(Stopped hexmall, String problem) {
        assertThat(hexmall.exitCode()).isEqualTo(2);
        assertThat(hexmall.output()).isEqualTo("hexmall cannot start: " + problem + System.lineSeparator());
    }

    /** Runs {@link Main} in a JVM of its own, with the HEXMALL_ variables given, and waits until it ends. */
    private static Stopped start(Path folder, Map<String, String> variables) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path output = folder.resolve("hexmall.out");
        var builder = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName()))
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("HEXMALL_"));
        // Should it start after all, it takes a free port and leaves nothing behind, until the timeout stops it.
        builder.environment().putAll(Map.of("HEXMALL_PORT", "0", "HEXMALL_PERSISTENCE", "memory"));
        builder.environment().putAll(variables);
        Process process = builder.start();
        if (!process.waitFor(START_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("hexmall did not stop within " + START_TIMEOUT_SECONDS + " s: "
                    + Files.readString(output, StandardCharsets.UTF_8));
        }
        return new Stopped(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }
}
