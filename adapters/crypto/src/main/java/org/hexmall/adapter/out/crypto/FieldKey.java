package org.hexmall.adapter.out.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one secret, 256 random bits, from which the keys for encrypting stored fields and hashing secrets are
 * derived. Deployments set it in {@value #VARIABLE}; a single node may keep it in a file instead. Lose it and
 * the encrypted fields cannot be read again.
 */
public final class FieldKey {

    public static final String VARIABLE = "HEXMALL_FIELD_KEY";

    private static final int BYTES = 32;
    private static final String HMAC = "HmacSHA256";
    private static final FileAttribute<?> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private final byte[] bytes;

    private FieldKey(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A new random key. */
    public static FieldKey generate() {
        byte[] bytes = new byte[BYTES];
        new SecureRandom().nextBytes(bytes);
        return new FieldKey(bytes);
    }

    /** Reads the key as {@value #VARIABLE} holds it: 32 bytes in base64, as {@code openssl rand -base64 32} prints. */
    public static FieldKey fromBase64(String text) {
        return decode(text, VARIABLE);
    }

    /**
     * Reads the key from the file, or on the first start creates the file with a new random key, readable by
     * its owner only where the file system has POSIX permissions. For one node: several nodes must share one
     * key, so they are given it in {@value #VARIABLE}.
     */
    public static FieldKey loadOrCreate(Path file) {
        try {
            if (Files.notExists(file)) {
                Path folder = file.toAbsolutePath().getParent();
                if (folder != null) {
                    Files.createDirectories(folder);
                }
                FieldKey created = generate();
                if (created.writeNew(file)) {
                    return created;
                }
            }
            return decode(Files.readString(file, StandardCharsets.US_ASCII), "the key file " + file);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read or create the key file " + file, failure);
        }
    }

    /**
     * A key of its own for one purpose, so that no two uses share a key: HKDF-Expand (RFC 5869) with the
     * purpose as its info. The extract step is left out because this key is already uniformly random.
     */
    SecretKeySpec derive(String purpose, String algorithm) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(bytes, HMAC));
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 1);
            return new SecretKeySpec(mac.doFinal(), algorithm);
        } catch (GeneralSecurityException everyJdkHasHmacSha256) {
            throw new IllegalStateException(everyJdkHasHmacSha256);
        }
    }

    /** Never the key itself, so that it cannot reach a log by accident. */
    @Override
    public String toString() {
        return "FieldKey[******]";
    }

    /** Writes the key to a file that must not exist yet; false if another process created it meanwhile. */
    private boolean writeNew(Path file) throws IOException {
        Set<StandardOpenOption> createNew = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        byte[] text = (Base64.getEncoder().encodeToString(bytes) + "\n").getBytes(StandardCharsets.US_ASCII);
        try (SeekableByteChannel channel = Files.newByteChannel(file, createNew, ownerOnly(file))) {
            channel.write(ByteBuffer.wrap(text));
            return true;
        } catch (FileAlreadyExistsException anotherProcessWasFirst) {
            return false;
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path file) {
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        return posix ? new FileAttribute<?>[] {OWNER_ONLY} : new FileAttribute<?>[0];
    }

    private static FieldKey decode(String text, String source) {
        String hint = source + " must hold 32 random bytes in base64 (44 characters), such as "
                + "`openssl rand -base64 32` prints";
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(source + " is empty: " + hint);
        }
        byte[] bytes;
        try {
            // Accepts the URL-safe alphabet too, and leaves the padding optional.
            bytes = Base64.getDecoder().decode(text.strip().replace('-', '+').replace('_', '/'));
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException(source + " is not valid base64: " + hint);
        }
        if (bytes.length != BYTES) {
            Arrays.fill(bytes, (byte) 0);
            throw new IllegalArgumentException(source + " decodes to " + bytes.length + " bytes, not 32: " + hint);
        }
        return new FieldKey(bytes);
    }
}
