package org.hexmall.bootstrap;

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
            return FieldKey.fromBase64(config.fieldKey().get());
        }
        if (config.isEphemeral()) {
            return FieldKey.generate();
        }
        if (config.demoData()) {
            return FieldKey.loadOrCreate(config.dataDirectory().resolve("field.key"));
        }
        throw new ConfigurationException(FieldKey.VARIABLE
                + " must be set to 32 random bytes in base64 (for example: openssl rand -base64 32)"
                + " when HEXMALL_DEMO_DATA is false");
    }
}
