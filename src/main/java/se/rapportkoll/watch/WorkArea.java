package se.rapportkoll.watch;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

import se.rapportkoll.base.AtomicOutput;

/**
 * One watcher's private part of {@code .arbete}: a folder {@code .arbete/ID/} with one sub-folder per
 * claimed file, and {@code .arbete/ID.lock}, locked for as long as the watcher lives. The operating
 * system releases that lock when the process dies, even by SIGKILL, so another watcher (or the
 * restarted one) can tell a dead watcher's claims from a live one's and adopt them.
 */
final class WorkArea implements Closeable {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** File locks are per process; watchers in one JVM (watch --workers, tests) also take this. */
    private static final ReentrantLock NAMES_IN_JVM = new ReentrantLock();

    private final DropFolder folder;
    private final String id;
    private final Path dir;
    private final FileChannel lockChannel;

    private WorkArea(DropFolder folder, String id, Path dir, FileChannel lockChannel) {
        this.folder = folder;
        this.id = id;
        this.dir = dir;
        this.lockChannel = lockChannel;
    }

    static WorkArea open(DropFolder folder) throws IOException {
        String id = "w" + HexFormat.of().formatHex(randomBytes());
        // Lock first, folder second: a folder without a held lock is, to everyone else, a dead watcher's.
        FileChannel channel = FileChannel.open(folder.work().resolve(id + ".lock"),
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            channel.close();
            throw new IOException("cannot lock " + id + ".lock");
        }
        Path dir = Files.createDirectory(folder.work().resolve(id));
        return new WorkArea(folder, id, dir, channel);
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    Path dir() {
        return dir;
    }

    /** This watcher's claims, oldest first (their names start with the claim time). */
    List<Path> claims() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    /** A new, empty claim folder; its name sorts by time. */
    Path newClaim(String stamp) throws IOException {
        return Files.createDirectory(dir.resolve(stamp + "-" + HexFormat.of().formatHex(randomBytes())));
    }

    /**
     * Moves the claims of watchers that died (their lock can be taken) into this watcher's folder.
     * Each claim moves in one rename, so if two watchers adopt at once each claim still has one owner.
     */
    int adoptOrphans() throws IOException {
        List<Path> others = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder.work())) {
            s.filter(p -> Files.isDirectory(p) && !p.equals(dir)).forEach(others::add);
        }
        int adopted = 0;
        for (Path other : others) {
            Path lockFile = folder.work().resolve(other.getFileName() + ".lock");
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock lock = tryLock(channel);
                if (lock == null) {
                    continue; // its watcher is alive
                }
                List<Path> claims;
                try (Stream<Path> s = Files.list(other)) {
                    claims = s.toList();
                } catch (NoSuchFileException e) {
                    claims = List.of();
                }
                for (Path claim : claims) {
                    try {
                        AtomicOutput.move(claim, dir.resolve(claim.getFileName()), false);
                        adopted++;
                    } catch (NoSuchFileException | FileAlreadyExistsException e) {
                        // another watcher adopted it first
                    }
                }
                try {
                    Files.deleteIfExists(other);
                    Files.deleteIfExists(lockFile);
                } catch (DirectoryNotEmptyException e) {
                    // something new appeared; the next round takes it
                }
            }
        }
        return adopted;
    }

    /**
     * Runs {@code action} while no other watcher on this folder chooses names: names in klart, fel
     * and arkiv are chosen and written into a claim's state under this lock, so two watchers never
     * pick the same free name.
     */
    <T> T withNamesLocked(IoSupplier<T> action) throws IOException {
        NAMES_IN_JVM.lock();
        try (FileChannel channel = FileChannel.open(folder.work().resolve("namn.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            return action.get();
        } finally {
            NAMES_IN_JVM.unlock();
        }
    }

    @FunctionalInterface
    interface IoSupplier<T> {
        T get() throws IOException;
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by a watcher in this JVM
        }
    }

    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(dir);
        } catch (DirectoryNotEmptyException e) {
            // unfinished claims stay; the next watcher adopts them
        }
        lockChannel.close();
        if (!Files.exists(dir)) {
            Files.deleteIfExists(folder.work().resolve(id + ".lock"));
        }
    }
}
