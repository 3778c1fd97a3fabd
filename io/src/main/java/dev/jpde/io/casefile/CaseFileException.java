package dev.jpde.io.casefile;

import java.util.Optional;

/**
 * A case file that cannot be read as a valid case. {@link #getMessage()} is one line,
 * {@code file:line:col: path: message}, or {@code --set a.b=v: path: message} when a {@code --set} override caused it.
 * Lines and columns are 1-based; {@code path} is dotted ({@code grid.points}, {@code output.fields[1]}) and is
 * {@value #ROOT} for the document itself.
 */
public final class CaseFileException extends RuntimeException {
    /** The path shown for the document as a whole. */
    public static final String ROOT = "<root>";

    private final String file;
    private final int line;
    private final int column;
    private final String override;
    private final String path;
    private final String detail;

    private CaseFileException(String file, int line, int column, String override, String path, String detail) {
        this.file = file;
        this.line = line;
        this.column = column;
        this.override = override;
        this.path = path.isEmpty() ? ROOT : path;
        this.detail = oneLine(detail);
    }

    /** An error at a 1-based line and column of {@code file}. */
    static CaseFileException at(String file, int line, int column, String path, String detail) {
        return new CaseFileException(file, line, column, null, path, detail);
    }

    /** An error caused by the override {@code overrideText} ("--set a.b=v") applied to {@code file}. */
    static CaseFileException inOverride(String file, String overrideText, String path, String detail) {
        return new CaseFileException(file, 0, 0, overrideText, path, detail);
    }

    /** The case file's name as given to the parser. */
    public String file() {
        return file;
    }

    /** 1-based line of the offending node; 0 when an override caused the error. */
    public int line() {
        return line;
    }

    /** 1-based column of the offending node; 0 when an override caused the error. */
    public int column() {
        return column;
    }

    /** Dotted path of the offending node. */
    public String path() {
        return path;
    }

    /** The override ("--set time.rtol=-1") that caused the error, if one did. */
    public Optional<String> override() {
        return Optional.ofNullable(override);
    }

    /** {@code file:line:col}, or the override text. */
    public String source() {
        return override != null ? override : file + ":" + line + ":" + column;
    }

    /** The message without source and path, e.g. {@code expected an integer, got "256x"}. */
    public String detail() {
        return detail;
    }

    @Override
    public String getMessage() {
        return source() + ": " + path + ": " + detail;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
