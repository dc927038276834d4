import Foundation

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
    public var data: Data {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(into: &out, indent: 0)
        return Data(out)
    }

    private func write(into out: inout [UInt8], indent: Int) {
        switch self {
        case .string(let text): Self.write(string: text, into: &out)
        case .number(let text): out.append(contentsOf: text.utf8)
        case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .array(let items):
            guard !items.isEmpty else { out.append(contentsOf: "[]".utf8); return }
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                out.append(contentsOf: index == 0 ? [0x0A] : [UInt8(ascii: ","), 0x0A])
                Self.pad(&out, indent + 1)
                item.write(into: &out, indent: indent + 1)
            }
            out.append(0x0A)
            Self.pad(&out, indent)
            out.append(UInt8(ascii: "]"))
        case .object(let entries):
            guard !entries.isEmpty else { out.append(contentsOf: "{}".utf8); return }
            out.append(UInt8(ascii: "{"))
            for (index, key) in entries.keys.sorted().enumerated() {
                out.append(contentsOf: index == 0 ? [0x0A] : [UInt8(ascii: ","), 0x0A])
                Self.pad(&out, indent + 1)
                Self.write(string: key, into: &out)
                out.append(contentsOf: " : ".utf8)
                entries[key]!.write(into: &out, indent: indent + 1)
            }
            out.append(0x0A)
            Self.pad(&out, indent)
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func pad(_ out: inout [UInt8], _ indent: Int) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * 2))
    }

    /// RFC 8259 escaping: quote, backslash and control characters; everything else as UTF-8.
    static func write(string: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        let utf8 = string.utf8
        if !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out.append(contentsOf: utf8)
        } else {
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
                case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
                case 0x0A: out.append(contentsOf: "\\n".utf8)
                case 0x0D: out.append(contentsOf: "\\r".utf8)
                case 0x09: out.append(contentsOf: "\\t".utf8)
                case 0x08: out.append(contentsOf: "\\b".utf8)
                case 0x0C: out.append(contentsOf: "\\f".utf8)
                case ..<0x20:
                    let hex = String(byte, radix: 16, uppercase: false)
                    out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
                default: out.append(byte)
                }
            }
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
