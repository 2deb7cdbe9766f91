package org.policygraph.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The password of the embedded store's user {@code neo4j}: PA_STORE_PASSWORD when set, otherwise the one generated
 * on the first start into {@code <data dir>/store-password}, readable and writable by its owner only, which every
 * later command that opens the store reads.
 */
public final class StorePassword {
    public static final String USER = "neo4j";
    static final String FILE = "store-password";
    private static final int MIN_LENGTH = 8;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private StorePassword() {
    }

    /** {@code given} (PA_STORE_PASSWORD) when non-null, else the data directory's own password, made if missing. */
    public static String resolve(Path dataDir, String given) {
        if (given != null) {
            if (given.length() < MIN_LENGTH) {
                throw new IllegalStateException("PA_STORE_PASSWORD must have at least " + MIN_LENGTH + " characters");
            }
            return given;
        }
        Path file = dataDir.resolve(FILE);
        try {
            Files.createDirectories(dataDir);
            if (!Files.exists(file)) {
                create(file);
            }
            restrict(file);
            String password = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (password.length() < MIN_LENGTH) {
                throw new IllegalStateException(file + " holds no store password; delete it to have one generated");
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the store password " + file, e);
        }
    }

    /** Written in one step with owner-only permissions, so that no other user ever sees it, even for an instant. */
    private static void create(Path file) throws IOException {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        Path temp = Files.createTempFile(file.getParent(), FILE, ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        Files.writeString(temp, Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "\n");
        try {
            Files.move(temp, file);
        } catch (FileAlreadyExistsException raced) {
            Files.delete(temp);
        }
    }

    private static void restrict(Path file) throws IOException {
        if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }
}
