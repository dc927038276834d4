import Foundation
import QuarterlyModel

/// A content file's text, decoded and normalised: UTF-8 checked, BOM removed, CRLF → LF.
public struct SourceText: Sendable {
    /// As shown in diagnostics, e.g. `content/actions/broadband.md`.
    public let displayPath: String
    /// Relative to the content folder, e.g. `actions/broadband.md`.
    public let relativePath: String
    public let text: String
    /// The digest of `text`: a file decoded from the same text is the same file.
    public let digest: StableDigest

    public init(displayPath: String, relativePath: String, text: String) {
        self.displayPath = displayPath
        self.relativePath = relativePath
        self.text = text
        digest = StableDigest(text)
    }

    /// Content files are small; anything bigger is a mistake (a pasted export, a binary)
    /// and is refused before it is read into memory.
    public static let maximumBytes = 1_048_576

    /// - Parameter limit: the largest file read (a publication record lists a whole quarter, so it may be larger).
    public static func read(path: String, displayPath: String, relativePath: String, limit: Int = maximumBytes)
        -> Result<SourceText, Diagnostic>
    {
        // open, fstat, read: the size is known before anything is read, and there is one
        // path lookup per file (FileManager's attributes and contents took one each).
        // Non-blocking, so a named pipe called `x.md` cannot hang the build; it is refused below.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(unreadable(displayPath, errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(unreadable(displayPath, errno)) }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            return .failure(
                Diagnostic(
                    path: displayPath, code: .unreadableFile,
                    message: "this is not a regular file (a pipe, socket or device)",
                    hint: "Replace it with an ordinary text file, or delete it."))
        }
        let size = Int(info.st_size)
        if size > limit { return .failure(tooLarge(size: size, limit: limit, displayPath: displayPath)) }
        switch WholeFile.read(descriptor, size: size) {
        case .failure(let failure): return .failure(unreadable(displayPath, failure.code))
        case .success(let bytes): return decode(bytes: bytes, displayPath: displayPath, relativePath: relativePath)
        }
    }

    /// - Parameter code: the `errno` that says why, 0 when the file ended early.
    private static func unreadable(_ displayPath: String, _ code: Int32) -> Diagnostic {
        let reason = code == 0 ? "it changed while it was read" : String(cString: strerror(code)).lowercased()
        return Diagnostic(
            path: displayPath, code: .unreadableFile, message: "cannot read this file: \(reason)",
            hint: "Check that it exists and that you have permission to read it.")
    }

    static func tooLarge(size: Int, limit: Int = maximumBytes, displayPath: String) -> Diagnostic {
        Diagnostic(
            path: displayPath, code: .fileTooLarge,
            message: "file is \(size) bytes; content files may be at most \(limit) bytes (\(limit / 1_048_576) MiB)",
            hint: "Split the file, or remove what does not belong in it (pasted images or exports).")
    }

    public static func decode(bytes: [UInt8], displayPath: String, relativePath: String) -> Result<
        SourceText, Diagnostic
    > {
        var bytes = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        // The standard library's validation is fast; the slow scan only finds where it failed.
        let valid = String(validating: bytes, as: UTF8.self)
        if valid == nil, let offset = firstInvalidUTF8Offset(bytes) {
            let prefix = bytes[bytes.startIndex..<(bytes.startIndex + offset)]
            let line = prefix.filter { $0 == 0x0A }.count + 1
            let lineStart = prefix.lastIndex(of: 0x0A).map { $0 + 1 } ?? bytes.startIndex
            let column =
                String(decoding: bytes[lineStart..<(bytes.startIndex + offset)], as: UTF8.self).unicodeScalars.count + 1
            let byte = String(bytes[bytes.startIndex + offset], radix: 16, uppercase: true)
            return .failure(
                Diagnostic(
                    path: displayPath, position: TextPosition(line: line, column: column), code: .invalidEncoding,
                    message: "not valid UTF-8: byte 0x\(byte) at byte offset \(offset)",
                    hint:
                        "Save the file as UTF-8 (in most editors: Save As → Encoding → UTF-8). Text pasted from Word or Excel is the usual cause."
                ))
        }
        var text = valid ?? String(decoding: bytes, as: UTF8.self)
        if bytes.contains(0x0D) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        if let (scalar, position, count) = ControlCharacters.first(in: text) {
            let more = count > 1 ? " (and \(count - 1) more in this file)" : ""
            return .failure(
                Diagnostic(
                    path: displayPath, position: position, code: .controlCharacter,
                    message: "a control character, \(ControlCharacters.describe(scalar)), is in the text\(more)",
                    hint:
                        "Delete it: it is invisible in most editors, and breaks the feed and the open data. Text pasted from other programs is the usual cause; retype the words around it."
                ))
        }
        return .success(SourceText(displayPath: displayPath, relativePath: relativePath, text: text))
    }

    static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
