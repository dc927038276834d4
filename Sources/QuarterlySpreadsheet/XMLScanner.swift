/// A small XML pull scanner for the parts of a spreadsheet: start and end tags with
/// their attributes, and text with its entities decoded. Names are given without their
/// namespace prefix (`r:id` is `id`), which is all SpreadsheetML needs. A document type
/// declaration is refused (no entity expansion), as is anything malformed. Written here
/// rather than using Foundation's XMLParser, which needs libxml2 beside the program.
package struct XMLScanner {
    package enum Event: Equatable {
        case start(name: String, attributes: [String: String], selfClosing: Bool)
        case end(name: String)
        case text(String)
    }

    package struct Failure: Error, CustomStringConvertible {
        let offset: Int
        let problem: String
        package var description: String { "\(problem) at byte \(offset)" }
    }

    private let bytes: [UInt8]
    private var index = 0

    package init(_ bytes: [UInt8]) {
        self.bytes = bytes
        // A UTF-8 byte-order mark.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    /// The next event; nil at the end of the document.
    package mutating func next() throws(Failure) -> Event? {
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else { return .text(try text()) }
            if starts(with: "<?") {
                try skip(past: "?>")
            } else if starts(with: "<!--") {
                try skip(past: "-->")
            } else if starts(with: "<![CDATA[") {
                index += 9
                let start = index
                try skip(past: "]]>")
                return .text(String(decoding: bytes[start..<index - 3], as: UTF8.self))
            } else if starts(with: "<!") {
                throw Failure(offset: index, problem: "a document type declaration is not allowed")
            } else if starts(with: "</") {
                index += 2
                let name = try self.name()
                skipSpace()
                try expect(">")
                return .end(name: name)
            } else {
                index += 1
                return try startTag()
            }
        }
        return nil
    }

    private mutating func startTag() throws(Failure) -> Event {
        let name = try self.name()
        var attributes: [String: String] = [:]
        while true {
            skipSpace()
            guard index < bytes.count else { throw Failure(offset: index, problem: "a tag is not closed") }
            if bytes[index] == UInt8(ascii: "/") {
                index += 1
                try expect(">")
                return .start(name: name, attributes: attributes, selfClosing: true)
            }
            if bytes[index] == UInt8(ascii: ">") {
                index += 1
                return .start(name: name, attributes: attributes, selfClosing: false)
            }
            let key = try self.name()
            skipSpace()
            try expect("=")
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'")
            else { throw Failure(offset: index, problem: "an attribute value is not quoted") }
            let quote = bytes[index]
            index += 1
            let start = index
            while index < bytes.count, bytes[index] != quote { index += 1 }
            guard index < bytes.count else { throw Failure(offset: start, problem: "an attribute value is not closed") }
            attributes[key] = try Self.decode(bytes[start..<index], at: start)
            index += 1
        }
    }

    private mutating func text() throws(Failure) -> String {
        let start = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "<") { index += 1 }
        return try Self.decode(bytes[start..<index], at: start)
    }

    /// A name without its prefix: `x:sheet` → `sheet`.
    private mutating func name() throws(Failure) -> String {
        let start = index
        var local = index
        while index < bytes.count {
            let byte = bytes[index]
            let isNameByte =
                byte >= 0x80 || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            if byte == UInt8(ascii: ":") {
                local = index + 1
            } else if !isNameByte {
                break
            }
            index += 1
        }
        guard local < index else { throw Failure(offset: start, problem: "a name was expected") }
        return String(decoding: bytes[local..<index], as: UTF8.self)
    }

    private mutating func skipSpace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    private mutating func expect(_ character: Unicode.Scalar) throws(Failure) {
        guard index < bytes.count, bytes[index] == UInt8(character.value) else {
            throw Failure(offset: index, problem: "`\(character)` was expected")
        }
        index += 1
    }

    private func starts(with text: String) -> Bool {
        let utf8 = Array(text.utf8)
        return index + utf8.count <= bytes.count && bytes[index..<index + utf8.count].elementsEqual(utf8)
    }

    private mutating func skip(past end: String) throws(Failure) {
        let start = index
        let utf8 = Array(end.utf8)
        while index + utf8.count <= bytes.count {
            if bytes[index..<index + utf8.count].elementsEqual(utf8) {
                index += utf8.count
                return
            }
            index += 1
        }
        throw Failure(offset: start, problem: "`\(end)` was expected")
    }

    /// Text with `&lt;` `&gt;` `&amp;` `&quot;` `&apos;` and character references decoded.
    static func decode(_ slice: ArraySlice<UInt8>, at offset: Int) throws(Failure) -> String {
        guard slice.contains(UInt8(ascii: "&")) else { return String(decoding: slice, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(slice.count)
        var index = slice.startIndex
        while index < slice.endIndex {
            let byte = slice[index]
            guard byte == UInt8(ascii: "&") else {
                out.append(byte)
                index += 1
                continue
            }
            guard let semicolon = slice[index...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
                throw Failure(offset: offset + index - slice.startIndex, problem: "an `&` is not an entity")
            }
            let entity = String(decoding: slice[index + 1..<semicolon], as: UTF8.self)
            let scalar: Unicode.Scalar?
            switch entity {
            case "lt": scalar = "<"
            case "gt": scalar = ">"
            case "amp": scalar = "&"
            case "quot": scalar = "\""
            case "apos": scalar = "'"
            case _ where entity.hasPrefix("#x"):
                scalar = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
            case _ where entity.hasPrefix("#"):
                scalar = UInt32(entity.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
            default: scalar = nil
            }
            guard let scalar else {
                throw Failure(offset: offset + index - slice.startIndex, problem: "unknown entity `&\(entity);`")
            }
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
            index = semicolon + 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
