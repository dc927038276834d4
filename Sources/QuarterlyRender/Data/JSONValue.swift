import Foundation
import QuarterlyModel

/// A JSON document as the data files build it, written by hand into one buffer: keys
/// sorted (the same content always gives the same bytes), two-space indent, `/` left
/// alone in URLs. Foundation's JSONSerialization took a third of a 10,000-file build
/// casting `Any` values and sorting keys through NSString.
public enum JSONValue: Sendable, Equatable {
    case string(String)
    /// Written as given: an exact decimal (89.19, never 89.18999999) or an integer.
    case number(String)
    case bool(Bool)
    case array([JSONValue])
    case object([String: JSONValue])

    /// An object without the entries whose value is nil: optional facts are left out, not null.
    static func object(compact entries: [String: (any JSONConvertible)?]) -> JSONValue {
        .object(entries.compactMapValues { $0?.json })
    }

    /// The document as UTF-8, ending without a newline.
    public var data: Data { bytes(parallelAbove: 0) }

    /// The same bytes as `data`, with the items of the top-level object's arrays written
    /// on every core: site.json is one document of tens of megabytes at scale.
    public var dataInParallel: Data { bytes(parallelAbove: 2) }

    /// The value written at an indent (a member of an array that deep), as in a document.
    func bytes(indent: Int) -> [UInt8] {
        var out: [UInt8] = []
        write(into: &out, indent: indent)
        return out
    }

    private func bytes(parallelAbove depth: Int) -> Data {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(into: &out, indent: 0, parallelAbove: depth)
        return Data(out)
    }

    /// - Parameter depth: arrays indented less than this have their items written in
    ///   parallel, each into its own buffer, then joined; the bytes are the same.
    private func write(into out: inout [UInt8], indent: Int, parallelAbove depth: Int = 0) {
        switch self {
        case .string(let text): Self.write(string: text, into: &out)
        case .number(let text): out.append(contentsOf: text.utf8)
        case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .array(let items):
            guard !items.isEmpty else {
                out.append(contentsOf: "[]".utf8)
                return
            }
            let parts: [[UInt8]]? =
                indent < depth && items.count > 1
                ? items.parallelMap { item in
                    var part: [UInt8] = []
                    item.write(into: &part, indent: indent + 1)
                    return part
                }
                : nil
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                out.append(0x0A)
                Self.pad(&out, indent + 1)
                if let parts {
                    out.append(contentsOf: parts[index])
                } else {
                    item.write(into: &out, indent: indent + 1, parallelAbove: depth)
                }
            }
            out.append(0x0A)
            Self.pad(&out, indent)
            out.append(UInt8(ascii: "]"))
        case .object(let entries):
            guard !entries.isEmpty else {
                out.append(contentsOf: "{}".utf8)
                return
            }
            out.append(UInt8(ascii: "{"))
            // Sorted as pairs: each value is at hand, not looked up again by its key.
            for (index, entry) in entries.sorted(by: { $0.key < $1.key }).enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                out.append(0x0A)
                Self.pad(&out, indent + 1)
                Self.write(string: entry.key, into: &out)
                out.append(contentsOf: " : ".utf8)
                entry.value.write(into: &out, indent: indent + 1, parallelAbove: depth)
            }
            out.append(0x0A)
            Self.pad(&out, indent)
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func pad(_ out: inout [UInt8], _ indent: Int) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * 2))
    }

    /// RFC 8259 escaping: quote, backslash and control characters; everything else as UTF-8,
    /// copied in runs between the characters that need escaping.
    static func write(string: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = string
        text.withUTF8 { bytes in
            var runStart = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                runStart = index + 1
                switch byte {
                case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
                case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
                case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
                case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
                case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
                case 0x08: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
                case 0x0C: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    out.append(contentsOf: [
                        UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                        hex[Int(byte >> 4)], hex[Int(byte & 0x0F)],
                    ])
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// What can stand as a JSON value in `JSONValue.object(compact:)`.
protocol JSONConvertible {
    var json: JSONValue { get }
}

extension JSONValue: JSONConvertible {
    var json: JSONValue { self }
}

extension String: JSONConvertible {
    var json: JSONValue { .string(self) }
}

extension Int: JSONConvertible {
    var json: JSONValue { .number(String(self)) }
}

extension Bool: JSONConvertible {
    var json: JSONValue { .bool(self) }
}

extension Decimal: JSONConvertible {
    var json: JSONValue { .number(description) }
}

extension Array: JSONConvertible where Element: JSONConvertible {
    var json: JSONValue { .array(map(\.json)) }
}

extension Dictionary: JSONConvertible where Key == String, Value: JSONConvertible {
    var json: JSONValue { .object(mapValues(\.json)) }
}
