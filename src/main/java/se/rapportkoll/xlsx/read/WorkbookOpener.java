package se.rapportkoll.xlsx.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import se.rapportkoll.xlsx.read.InputProblem.Reason;

/**
 * Opens the user's workbook without ever writing to it, and turns every kind of bad input into an
 * {@link InputProblem}.
 */
public final class WorkbookOpener {

    /**
     * POI's zip-bomb guard refuses an entry that inflates more than 100 times, from 100 kB on; an
     * ordinary workbook of long repeated strings does that (a 5 MB shared-strings part from 30 kB).
     * The ratio is checked from {@value #BOMB_GRACE_BYTES} bytes inflated on instead: a bomb is
     * still refused after that much (its ratio is near deflate's 1:1000), a real part is not.
     */
    static final long BOMB_GRACE_BYTES = 64L << 20;

    static {
        ZipSecureFile.setGraceEntrySize(BOMB_GRACE_BYTES);
    }

    private static final Set<String> ACCEPTED_EXTENSIONS = Set.of("xlsx", "xlsm");
    /** Wrong extensions that get a message of their own. */
    private static final Set<String> KNOWN_WRONG_EXTENSIONS = Set.of("xls", "ods", "csv");

    /** Exception-to-reason rules, most specific first; each is tried against the whole cause chain. */
    private static final List<Rule> RULES = List.of(
            new Rule(Reason.ZIP_BOMB, WorkbookOpener::isZipBombMessage),
            // POI's XML parsers refuse every DOCTYPE: entity expansion (billion laughs) and external entities
            new Rule(Reason.XML_DTD, t -> messageContains(t, "DOCTYPE is disallowed")),
            new Rule(Reason.ENCRYPTED, t -> t instanceof EncryptedDocumentException),
            new Rule(Reason.ODS, t -> t instanceof ODFNotOfficeXmlFileException),
            new Rule(Reason.LEGACY_XLS, t -> t instanceof OLE2NotOfficeXmlFileException),
            new Rule(Reason.EMPTY, t -> t instanceof EmptyFileException),
            new Rule(Reason.STRICT_OOXML, t -> messageContains(t, "Strict OOXML")),
            new Rule(Reason.NOT_A_WORKBOOK, t -> t instanceof NotOfficeXmlFileException));

    private record Rule(Reason reason, Predicate<Throwable> matches) {
    }

    private WorkbookOpener() {
    }

    /**
     * Checks the file (existence, type, size, extension, real content) and returns its bytes.
     */
    public static byte[] readChecked(Path file) throws InputProblem {
        checkFile(file);
        byte[] content = readAll(file);
        checkBytes(readable(content, file).bytes(), file);
        // The file as stored (a Strict one's conversion writes new checksums); an encrypted one is no zip here.
        String damaged = ZipChecksums.firstDamaged(content);
        if (damaged != null) {
            throw new InputProblem(Reason.CORRUPT, file, new IOException("zip entry " + damaged + " does not match its checksum"));
        }
        return content;
    }

    /**
     * The checked bytes as POI can open them: decrypted when Excel's default password opens them,
     * with transitional namespaces when saved as Strict Open XML ({@link Readable}).
     */
    public static Readable.Result readable(byte[] content, Path nameForMessages) throws InputProblem {
        try {
            return Readable.of(content);
        } catch (IOException e) {
            throw new InputProblem(Reason.CORRUPT, nameForMessages, e);
        }
    }

    /**
     * Checks the file, then opens it read-only. Release the result with {@link #closeQuietly}:
     * POI wants read-only packages reverted, and reverting never saves anything into the input.
     */
    public static XSSFWorkbook openReadOnly(Path file) throws InputProblem {
        checkFile(file);
        try (SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.READ)) {
            checkContent(channel, file);
        } catch (IOException e) {
            throw unreadable(e, file);
        }
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            throw translate(e, file);
        }
        return workbookFrom(pkg, file);
    }

    /**
     * Opens an in-memory copy of {@code content}; saving it can never touch the input file.
     *
     * @param nameForMessages the input's path, used only in messages
     */
    public static XSSFWorkbook openForWriting(byte[] content, Path nameForMessages) throws InputProblem {
        Objects.requireNonNull(content, "content");
        content = readable(content, nameForMessages).bytes();
        checkBytes(content, nameForMessages);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(content));
        } catch (Exception e) {
            throw translate(e, nameForMessages);
        }
        return workbookFrom(pkg, nameForMessages);
    }

    /**
     * Releases a workbook from this class without saving. {@code revert()} is the only way to close
     * a read-only package that cannot write; it is also harmless for in-memory ones.
     */
    public static void closeQuietly(XSSFWorkbook workbook) {
        if (workbook != null) {
            closeQuietly(workbook.getPackage());
        }
    }

    private static void closeQuietly(OPCPackage pkg) {
        if (pkg == null) {
            return;
        }
        try {
            pkg.revert();
        } catch (RuntimeException ignored) {
            // Nothing useful to do: the package is being discarded anyway.
        }
    }

    /** Lower-case hex SHA-256 of {@code content}. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime must provide SHA-256", e);
        }
    }

    /**
     * Maps anything POI throws while opening to the most specific reason found in the cause chain;
     * unknown failures mean the file is damaged.
     */
    static InputProblem translate(Throwable error, Path file) {
        for (Rule rule : RULES) {
            for (Throwable t : causeChain(error)) {
                if (rule.matches().test(t)) {
                    return new InputProblem(rule.reason(), file, error);
                }
            }
        }
        return new InputProblem(Reason.CORRUPT, file, error);
    }

    // --- checks ---

    private static void checkFile(Path file) throws InputProblem {
        Objects.requireNonNull(file, "file");
        if (!Files.exists(file)) {
            throw new InputProblem(Reason.NOT_FOUND, file);
        }
        if (Files.isDirectory(file)) {
            throw new InputProblem(Reason.NOT_A_FILE, file, "directory", null, null);
        }
        if (!Files.isRegularFile(file)) {
            throw new InputProblem(Reason.NOT_A_FILE, file);
        }
        if (!Files.isReadable(file)) {
            throw new InputProblem(Reason.UNREADABLE, file);
        }
        checkSize(sizeOf(file), file);
        checkExtension(file);
    }

    private static long sizeOf(Path file) throws InputProblem {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw unreadable(e, file);
        }
    }

    private static void checkSize(long size, Path file) throws InputProblem {
        if (size == 0) {
            throw new InputProblem(Reason.EMPTY, file);
        }
        if (size > InputProblem.MAX_FILE_BYTES) {
            long megabytes = (size + (1 << 20) - 1) >> 20;
            throw new InputProblem(Reason.TOO_LARGE, file, null, Long.toString(megabytes), null);
        }
    }

    private static void checkExtension(Path file) throws InputProblem {
        String asWritten = extensionOf(file);
        String extension = asWritten.toLowerCase(Locale.ROOT);
        if (ACCEPTED_EXTENSIONS.contains(extension)) {
            return;
        }
        String variant;
        if (isWorkbookContent(file)) {
            // Someone renamed a good workbook: renaming it back is all it takes.
            variant = extension.isEmpty() ? "renamed_none" : "renamed";
        } else if (extension.isEmpty()) {
            variant = "none";
        } else {
            variant = KNOWN_WRONG_EXTENSIONS.contains(extension) ? extension : null;
        }
        throw new InputProblem(Reason.UNSUPPORTED_EXTENSION, file, variant, "." + asWritten, null);
    }

    static String extensionOf(Path file) {
        Path name = file.getFileName();
        String text = name == null ? "" : name.toString();
        int dot = text.lastIndexOf('.');
        return dot < 0 ? "" : text.substring(dot + 1);
    }

    private static boolean isWorkbookContent(Path file) {
        try (SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.READ)) {
            return ContentSniffer.sniff(channel).kind() == ContentSniffer.Kind.WORKBOOK;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static byte[] readAll(Path file) throws InputProblem {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            // Deleted between the checks and the read.
            throw new InputProblem(Reason.NOT_FOUND, file, e);
        } catch (IOException e) {
            throw unreadable(e, file);
        }
    }

    private static void checkBytes(byte[] content, Path file) throws InputProblem {
        checkSize(content.length, file);
        try {
            checkContent(new SeekableInMemoryByteChannel(content), file);
        } catch (IOException e) {
            // Reading from memory does not fail, but the channel API says it may.
            throw new InputProblem(Reason.CORRUPT, file, e);
        }
    }

    private static void checkContent(SeekableByteChannel channel, Path file) throws IOException, InputProblem {
        ContentSniffer.Result result = ContentSniffer.sniff(channel);
        switch (result.kind()) {
            case WORKBOOK -> {
                return;
            }
            case ENCRYPTED -> throw new InputProblem(Reason.ENCRYPTED, file);
            case LEGACY_XLS -> throw new InputProblem(Reason.LEGACY_XLS, file);
            case ODS -> throw new InputProblem(Reason.ODS, file);
            case CORRUPT -> throw new InputProblem(Reason.CORRUPT, file, result.error());
            case XLSB -> throw notAWorkbook(file, "xlsb");
            case ZIP_WITHOUT_WORKBOOK -> throw notAWorkbook(file, "zip");
            case TEXT -> throw notAWorkbook(file, "text");
            default -> throw notAWorkbook(file, null);
        }
    }

    private static InputProblem notAWorkbook(Path file, String variant) {
        // Excel's "~$name.xlsx" owner files sit next to open workbooks and are easy to pick by mistake.
        Path name = file.getFileName();
        if (name != null && name.toString().startsWith("~$")) {
            variant = "lockfile";
        }
        return new InputProblem(Reason.NOT_A_WORKBOOK, file, variant, null, null);
    }

    // --- opening ---

    private static XSSFWorkbook workbookFrom(OPCPackage pkg, Path file) throws InputProblem {
        try {
            XSSFWorkbook wb = new XSSFWorkbook(pkg);
            IsoDateCells.toSerialNumbers(wb);
            return wb;
        } catch (Exception e) {
            InputProblem problem = translate(e, file);
            closeQuietly(pkg);
            throw problem;
        }
    }

    private static InputProblem unreadable(Throwable cause, Path file) {
        return new InputProblem(Reason.UNREADABLE, file, cause);
    }

    private static boolean isZipBombMessage(Throwable t) {
        // POI reports both the inflate-ratio/entry-size guard and the entry-count guard as plain IOExceptions.
        return messageContains(t, "Zip bomb") || messageContains(t, "potentially malicious");
    }

    private static boolean messageContains(Throwable t, String text) {
        String message = t.getMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
    }

    private static List<Throwable> causeChain(Throwable error) {
        List<Throwable> chain = new ArrayList<>();
        // Bounded walk: a cause cycle must not hang us.
        for (Throwable t = error; t != null && chain.size() < 20 && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
            for (Throwable suppressed : t.getSuppressed()) {
                chain.add(suppressed);
            }
        }
        return chain;
    }
}
