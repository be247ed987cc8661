package org.socialplaybook.platform;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@link Secrets} by AES-256-GCM (the JDK's own) with keys in a file outside the database:
 * {@code <shared home>/social-playbook/secret.keys} (SAL's shared home, so every cluster node reads the same keys;
 * the local home when there is none), created on first use with owner-only permissions (600, its folder 700).
 * Each line is {@code <key id> <base64 key>}; the last line is the current key, older ones still open what they
 * sealed, so a rotation ({@link #rotate}, or an operator appending a line) keeps every secret readable until
 * the stores re-seal it. A sealed value is {@code sp1:<key id>:<base64 of nonce + ciphertext + tag>}; the key id is
 * authenticated with it. The file is read on every use (it is small), so a rotation on one node is seen by all.
 */
@Named
public class KeyFileSecrets implements Secrets {
    private static final String PREFIX = "sp1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final ApplicationProperties application;
    private final SecureRandom random = new SecureRandom();

    @Inject
    public KeyFileSecrets(@ComponentImport ApplicationProperties application) {
        this.application = application;
    }

    /** The key file (for operators and tests). */
    public Path keyFile() {
        Path home = application.getSharedHomeDirectory().or(application::getLocalHomeDirectory)
                .orElseThrow(() -> new IllegalStateException("The application has no home directory for the secret key"));
        return home.resolve("social-playbook").resolve("secret.keys");
    }

    @Override
    public String seal(String secret) {
        Map.Entry<String, SecretKey> current = current(keys(true));
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, current.getValue(), nonce, current.getKey());
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
            return PREFIX + current.getKey() + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    @Override
    public String open(String sealed) {
        String[] parts = parts(sealed);
        SecretKey key = keys(false).get(parts[0]);
        if (key == null) {
            throw new Unreadable("No key " + parts[0] + " in " + keyFile(), null);
        }
        try {
            byte[] in = Base64.getDecoder().decode(parts[1]);
            if (in.length <= NONCE_BYTES) {
                throw new Unreadable("A sealed value is too short", null);
            }
            byte[] nonce = java.util.Arrays.copyOf(in, NONCE_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, nonce, parts[0]);
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new Unreadable("A sealed value does not open with key " + parts[0], e);
        }
    }

    @Override
    public boolean stale(String sealed) {
        return !parts(sealed)[0].equals(current(keys(true)).getKey());
    }

    @Override
    public boolean sealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** Adds a new current key; the older ones stay so that what they sealed still opens. Answers the new key id. */
    public String rotate() {
        keys(true);
        try (FileChannel channel = FileChannel.open(keyFile(), StandardOpenOption.WRITE, StandardOpenOption.APPEND);
             FileLock lock = channel.lock()) {
            List<String> ids = new ArrayList<>(read().keySet());
            String id = "k" + (ids.size() + 1);
            while (ids.contains(id)) {
                id = id + "x";
            }
            channel.write(ByteBuffer.wrap(line(id, newKey()).getBytes(StandardCharsets.US_ASCII)));
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] parts(String sealed) {
        if (sealed == null || !sealed.startsWith(PREFIX) || sealed.indexOf(':', PREFIX.length()) < 0) {
            throw new Unreadable("Not a sealed value", null);
        }
        int colon = sealed.indexOf(':', PREFIX.length());
        return new String[] {sealed.substring(PREFIX.length(), colon), sealed.substring(colon + 1)};
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] nonce, String keyId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD((PREFIX + keyId).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static Map.Entry<String, SecretKey> current(Map<String, SecretKey> keys) {
        Map.Entry<String, SecretKey> last = null;
        for (Map.Entry<String, SecretKey> e : keys.entrySet()) {
            last = e;
        }
        return last;
    }

    /** The keys in file order; with {@code create}, a missing file is made with a first key. */
    private Map<String, SecretKey> keys(boolean create) {
        Path file = keyFile();
        if (create && !Files.exists(file)) {
            createKeyFile(file);
        }
        if (!Files.exists(file)) {
            return Map.of();
        }
        try {
            return read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, SecretKey> read() throws IOException {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        for (String line : Files.readAllLines(keyFile(), StandardCharsets.US_ASCII)) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] fields = trimmed.split("\\s+");
            byte[] raw = Base64.getDecoder().decode(fields[1]);
            if (raw.length != 16 && raw.length != 24 && raw.length != 32) {
                throw new IllegalStateException("Key " + fields[0] + " in " + keyFile() + " is not an AES key");
            }
            keys.put(fields[0], new SecretKeySpec(raw, "AES"));
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException("No key in " + keyFile());
        }
        return keys;
    }

    private void createKeyFile(Path file) {
        try {
            Path folder = file.getParent();
            boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
            if (!Files.isDirectory(folder)) {
                if (posix) {
                    Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(folder);
                }
            }
            Path draft = Files.createTempFile(folder, "secret", ".new");
            if (posix) {
                Files.setPosixFilePermissions(draft, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(draft, "# Social Playbook secret keys: <id> <base64 AES key>; the last line is current. Keep this file"
                    + " out of backups of the database and never delete a key that still seals a secret.\n"
                    + line("k1", newKey()), StandardCharsets.US_ASCII);
            try {
                Files.createLink(file, draft);
            } catch (FileAlreadyExistsException raced) {
                // another node or thread made it first: theirs is the key
            } catch (UnsupportedOperationException | IOException noHardLinks) {
                if (!Files.exists(file)) {
                    Files.move(draft, file);
                }
            }
            Files.deleteIfExists(draft);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(String id, byte[] key) {
        return id + " " + Base64.getEncoder().encodeToString(key) + "\n";
    }

    private static byte[] newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey().getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is not available", e);
        }
    }
}
