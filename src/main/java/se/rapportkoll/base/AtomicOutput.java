package se.rapportkoll.base;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that nobody ever sees it half-written: into a temporary file in the same
 * folder, then one move onto the final name. Without {@code replace} an existing file is kept.
 */
public final class AtomicOutput {

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private AtomicOutput() {
    }

    public static void write(Path target, boolean replace, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // Not Files.createTempFile: that makes the file readable by its owner only, and colleagues
        // sharing the folder must be able to open the result.
        Path temp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            move(temp, target, replace);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * One move onto {@code target}, atomic where the file system can; without {@code replace} an
     * existing target is kept ({@link FileAlreadyExistsException}).
     */
    public static void move(Path from, Path target, boolean replace) throws IOException {
        if (!replace && Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        try {
            if (replace) {
                Files.move(from, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(from, target, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (AtomicMoveNotSupportedException e) {
            // Some network shares cannot move atomically; a plain move in the same folder is the next best.
            if (replace) {
                Files.move(from, target, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(from, target);
            }
        }
    }
}
