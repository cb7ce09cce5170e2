package org.hexmall.adapter.out.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldKeyTest {

    private static final String KEY = "NGC+MSAeaf7aoO7ouZl/XHwpmf2v5ZMlPNZUr0361xQ=";

    @TempDir
    Path directory;

    @Test
    void keyFromTheEnvironment_decryptsWhatTheSameKeyEncrypted() {
        String ciphertext = new AesGcmFieldCipher(FieldKey.fromBase64(KEY)).encrypt("13812345678");

        assertThat(new AesGcmFieldCipher(FieldKey.fromBase64(" " + KEY + "\n")).decrypt(ciphertext))
                .isEqualTo("13812345678");
    }

    @Test
    void keyInUrlSafeBase64WithoutPadding_isTheSameKey() {
        String urlSafe = KEY.replace('+', '-').replace('/', '_').replace("=", "");
        String ciphertext = new AesGcmFieldCipher(FieldKey.fromBase64(KEY)).encrypt("13812345678");

        assertThat(new AesGcmFieldCipher(FieldKey.fromBase64(urlSafe)).decrypt(ciphertext)).isEqualTo("13812345678");
    }

    @Test
    void keyOfTheWrongLength_isRefusedWithAMessageNamingTheVariable() {
        String sixteenBytes = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> FieldKey.fromBase64(sixteenBytes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("HEXMALL_FIELD_KEY")
                .hasMessageContaining("16 bytes, not 32");
    }

    @Test
    void keyThatIsNotBase64_isRefusedWithAMessageNamingTheVariable() {
        assertThatThrownBy(() -> FieldKey.fromBase64("this is not a key!"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("HEXMALL_FIELD_KEY is not valid base64")
                .hasMessageContaining("openssl rand -base64 32");
    }

    @Test
    void emptyKey_isRefusedWithAMessageNamingTheVariable() {
        assertThatThrownBy(() -> FieldKey.fromBase64(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("HEXMALL_FIELD_KEY is empty");
    }

    @Test
    void toString_neverShowsTheKey() {
        assertThat(FieldKey.fromBase64(KEY).toString()).doesNotContain(KEY).doesNotContain(KEY.substring(0, 8));
    }

    @Test
    void firstStart_createsAKeyFileThatOnlyItsOwnerMayRead() throws IOException {
        Path file = directory.resolve("field.key");

        FieldKey.loadOrCreate(file);

        assertThat(file).exists();
        FieldKey.fromBase64(Files.readString(file));
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
    }

    @Test
    void firstStartOnAFreshMachine_createsTheDataFolderToo() {
        Path file = directory.resolve("data").resolve("field.key");

        FieldKey.loadOrCreate(file);

        assertThat(file).exists();
    }

    @Test
    void laterStarts_readTheSameKeyFromTheFile() throws IOException {
        Path file = directory.resolve("field.key");
        String ciphertext = new AesGcmFieldCipher(FieldKey.loadOrCreate(file)).encrypt("13812345678");
        String written = Files.readString(file);

        String decrypted = new AesGcmFieldCipher(FieldKey.loadOrCreate(file)).decrypt(ciphertext);

        assertThat(decrypted).isEqualTo("13812345678");
        assertThat(Files.readString(file)).isEqualTo(written);
    }

    @Test
    void damagedKeyFile_isRefusedWithAMessageNamingTheFile() throws IOException {
        Path file = directory.resolve("field.key");
        Files.writeString(file, "short");

        assertThatThrownBy(() -> FieldKey.loadOrCreate(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString());
    }
}
