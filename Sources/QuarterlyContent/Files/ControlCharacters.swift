import QuarterlyModel

/// Characters no content file needs and that break what is made from it: control
/// characters (U+0000–U+001F but tab and line feed, DEL, U+0080–U+009F) and the two
/// non-characters U+FFFE and U+FFFF. XML 1.0 forbids most of them (one makes feed.xml
/// unreadable), a terminal obeys ESC, a spreadsheet reads a leading tab or carriage
/// return, and they are invisible in an editor. Carriage returns are allowed in a file
/// only as line ends, which are normalised before this check.
package enum ControlCharacters {
    static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    /// Its code point and, for the common ones, its name: `U+001B (escape)`.
    static func describe(_ scalar: Unicode.Scalar) -> String {
        let code =
            "U+" + String(repeating: "0", count: max(0, 4 - String(scalar.value, radix: 16).count))
            + String(scalar.value, radix: 16, uppercase: true)
        let names: [UInt32: String] = [
            0x00: "null", 0x07: "bell", 0x08: "backspace", 0x0B: "vertical tab", 0x0C: "form feed",
            0x0D: "carriage return", 0x1B: "escape", 0x7F: "delete", 0x85: "next line",
        ]
        return names[scalar.value].map { "\(code) (\($0))" } ?? code
    }

    /// The bytes a refused character's encoding can start with (see `first(in:)`).
    private static let mayStartRefused: [Bool] = (0...255).map { byte in
        (byte < 0x20 && byte != 0x09 && byte != 0x0A) || byte == 0x7F || byte == 0xC2 || byte == 0xEF
    }

    /// The first refused character in a file's text (line ends already normalised to LF),
    /// with its line and column (in characters, as libyaml counts them) and how many
    /// there are in all. A scan of the bytes: every refused character's encoding starts
    /// with a byte below 0x20, 0x7F, 0xC2 (U+0080–U+009F) or 0xEF (U+FFFE, U+FFFF).
    package static func first(in text: String) -> (scalar: Unicode.Scalar, position: TextPosition, count: Int)? {
        var text = text
        return text.withUTF8 { bytes in
            // Most files hold none: a scan for the bytes that can start one, without
            // counting lines and columns, settles it.
            let anyRefused = mayStartRefused.withUnsafeBufferPointer { table -> Bool in
                var index = 0
                while index < bytes.count {
                    if table[Int(bytes[index])] {
                        let next = index + 1 < bytes.count ? bytes[index + 1] : 0
                        switch bytes[index] {
                        case 0xC2: if next >= 0x80, next <= 0x9F { return true }  // not £ (C2 A3)
                        case 0xEF: if next == 0xBF, index + 2 < bytes.count, bytes[index + 2] >= 0xBE { return true }
                        default: return true
                        }
                    }
                    index += 1
                }
                return false
            }
            guard anyRefused else { return nil }
            var line = 1
            var column = 1
            var found: (Unicode.Scalar, TextPosition)?
            var count = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let next = index + 1 < bytes.count ? bytes[index + 1] : 0
                var refused: UInt32?
                if byte < 0x20 || byte == 0x7F {
                    if byte != 0x09 && byte != 0x0A { refused = UInt32(byte) }
                } else if byte == 0xC2, next >= 0x80, next <= 0x9F {
                    refused = UInt32(next)
                } else if byte == 0xEF, next == 0xBF, index + 2 < bytes.count, bytes[index + 2] >= 0xBE {
                    refused = bytes[index + 2] == 0xBE ? 0xFFFE : 0xFFFF
                }
                if let refused {
                    count += 1
                    if found == nil { found = (Unicode.Scalar(refused)!, TextPosition(line: line, column: column)) }
                }
                if byte == 0x0A {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
                index += 1
            }
            return found.map { ($0.0, $0.1, count) }
        }
    }
}
