import QuarterlyModel
import Foundation

/// A content file's text, decoded and normalised: UTF-8 checked, BOM removed, CRLF → LF.
public struct SourceText: Sendable {
    /// As shown in diagnostics, e.g. `content/actions/broadband.md`.
    public let displayPath: String
    /// Relative to the content folder, e.g. `actions/broadband.md`.
    public let relativePath: String
    public let text: String

    public init(displayPath: String, relativePath: String, text: String) {
        self.displayPath = displayPath
        self.relativePath = relativePath
        self.text = text
    }

    /// Content files are small; anything bigger is a mistake (a pasted export, a binary)
    /// and is refused before it is read into memory.
    public static let maximumBytes = 1_048_576

    public static func read(url: URL, displayPath: String, relativePath: String) -> Result<SourceText, Diagnostic> {
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue ?? 0
        if size > maximumBytes { return .failure(tooLarge(size: size, displayPath: displayPath)) }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return .failure(Diagnostic(path: displayPath, code: .unreadableFile, message: "cannot read this file",
                                       hint: "Check that it exists and that you have permission to read it."))
        }
        return decode(bytes: [UInt8](data), displayPath: displayPath, relativePath: relativePath)
    }

    static func tooLarge(size: Int, displayPath: String) -> Diagnostic {
        Diagnostic(path: displayPath, code: .fileTooLarge,
                   message: "file is \(size) bytes; content files may be at most \(maximumBytes) bytes (1 MiB)",
                   hint: "Split the file, or remove what does not belong in it (pasted images or exports).")
    }

    public static func decode(bytes: [UInt8], displayPath: String, relativePath: String) -> Result<SourceText, Diagnostic> {
        var bytes = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        // The standard library's validation is fast; the slow scan only finds where it failed.
        let valid = String(validating: bytes, as: UTF8.self)
        if valid == nil, let offset = firstInvalidUTF8Offset(bytes) {
            let prefix = bytes[bytes.startIndex..<(bytes.startIndex + offset)]
            let line = prefix.filter { $0 == 0x0A }.count + 1
            let lineStart = prefix.lastIndex(of: 0x0A).map { $0 + 1 } ?? bytes.startIndex
            let column = String(decoding: bytes[lineStart..<(bytes.startIndex + offset)], as: UTF8.self).unicodeScalars.count + 1
            let byte = String(bytes[bytes.startIndex + offset], radix: 16, uppercase: true)
            return .failure(Diagnostic(
                path: displayPath, position: TextPosition(line: line, column: column), code: .invalidEncoding,
                message: "not valid UTF-8: byte 0x\(byte) at byte offset \(offset)",
                hint: "Save the file as UTF-8 (in most editors: Save As → Encoding → UTF-8). Text pasted from Word or Excel is the usual cause."))
        }
        var text = valid ?? String(decoding: bytes, as: UTF8.self)
        if bytes.contains(0x0D) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
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
