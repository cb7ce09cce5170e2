package org.hexmall.bootstrap;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.hexmall.adapter.out.crypto.FieldKey;

/** Where the key that encrypts wallet account identifiers comes from. */
final class FieldKeys {

    private FieldKeys() {
    }

    /**
     * {@code HEXMALL_FIELD_KEY} when set (required for several nodes, which must share it); a fresh key
     * when nothing outlives the process anyway; in demo mode, a key generated once into the data folder.
     */
    static FieldKey choose(HexmallConfig config) {
        if (config.fieldKey().isPresent()) {
            try {
                return FieldKey.fromBase64(config.fieldKey().get());
            } catch (IllegalArgumentException unusable) {
                throw new ConfigurationException(unusable.getMessage());
            }
        }
        if (config.isEphemeral()) {
            return FieldKey.generate();
        }
        if (config.demoData()) {
            Path keyFile = config.dataDirectory().resolve("field.key");
            try {
                return FieldKey.loadOrCreate(keyFile);
            } catch (UncheckedIOException unusable) {
                throw new ConfigurationException("HEXMALL_DATA_DIR must name a folder hexmall can write to: it cannot "
                        + "read or create " + keyFile + " (" + unusable.getCause().getClass().getSimpleName() + ")");
            }
        }
        throw new ConfigurationException(FieldKey.VARIABLE
                + " must be set to 32 random bytes in base64 (for example: openssl rand -base64 32)"
                + " when HEXMALL_DEMO_DATA is false");
    }
}
