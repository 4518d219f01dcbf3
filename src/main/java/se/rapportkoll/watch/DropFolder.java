package se.rapportkoll.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The folders of a drop folder DIR: inkorg (drop here), klart, fel, arkiv, and the private .arbete. */
public record DropFolder(Path root, Path inbox, Path done, Path failed, Path archive, Path work) {

    public static final String INBOX = "inkorg";
    public static final String DONE = "klart";
    public static final String FAILED = "fel";
    public static final String ARCHIVE = "arkiv";
    /** Claimed files wait here while they are processed; a dot folder so users leave it alone. */
    public static final String WORK = ".arbete";

    public static DropFolder at(Path root) {
        Path r = root.toAbsolutePath().normalize();
        return new DropFolder(r, r.resolve(INBOX), r.resolve(DONE), r.resolve(FAILED), r.resolve(ARCHIVE), r.resolve(WORK));
    }

    /** Creates the folders that are missing. */
    public DropFolder create() throws IOException {
        for (Path dir : new Path[] {inbox, done, failed, archive, work}) {
            Files.createDirectories(dir);
        }
        try {
            // A dot does not hide a folder on Windows; the DOS attribute does.
            Files.setAttribute(work, "dos:hidden", true);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // not a DOS-attribute file system: the dot name is enough
        }
        return this;
    }

    /** A path as the user sees it in reports and fel texts: relative to DIR, forward slashes. */
    public String relative(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
