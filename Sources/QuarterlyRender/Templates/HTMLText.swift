import Mustache

/// `{{name}}` escaping for every template: the same five characters as swift-mustache's
/// own HTML content type (`< > & " '`), but over UTF-8 bytes and returning most text
/// untouched; the library's goes through a dictionary per Character and was a tenth of
/// the example site's build. Registered under a name of its own and named by a pragma
/// that `TemplateSet` puts before each template's text.
package struct HTMLText: MustacheContentType {
    static let name = "QUARTERLY_HTML"
    static let pragma = "{{% CONTENT_TYPE: \(name)}}"

    /// Registration is global; done once, before any template is parsed.
    static let registered: Bool = {
        MustacheContentTypes.register(HTMLText(), named: name)
        return true
    }()

    package func escapeText(_ text: String) -> String {
        Self.escape(text)
    }

    package static func escape(_ text: String) -> String {
        escape(text, apostrophes: true)
    }

    /// `apostrophes: false` leaves `'` as it is (SVG and XML text, in double-quoted attributes).
    package static func escape(_ text: String, apostrophes: Bool) -> String {
        // Native strings are one run of UTF-8: scanned and copied through a pointer, in two
        // passes (how much longer, then the text), since most text needs nothing.
        let escaped = text.utf8.withContiguousStorageIfAvailable { bytes -> String in
            var extra = 0
            for byte in bytes { extra += growth(byte, apostrophes) }
            guard extra > 0 else { return text }
            return String(unsafeUninitializedCapacity: bytes.count + extra) { out in
                var at = 0
                for byte in bytes {
                    if growth(byte, apostrophes) == 0 {
                        out[at] = byte
                        at += 1
                    } else {
                        for entity in entity(byte).utf8 {
                            out[at] = entity
                            at += 1
                        }
                    }
                }
                return at
            }
        }
        if let escaped { return escaped }
        // A string bridged from elsewhere is not one run of UTF-8: made native, then escaped.
        var native = text
        native.makeContiguousUTF8()
        return escape(native, apostrophes: apostrophes)
    }

    /// The same escaping, appended to `out` as the text is copied: the runs between
    /// entities go in whole (SVG is written as bytes).
    package static func append(_ text: String, apostrophes: Bool, to out: inout [UInt8]) {
        var text = text
        text.makeContiguousUTF8()
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var start = 0
            for index in bytes.indices where growth(bytes[index], apostrophes) > 0 {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                out.append(contentsOf: entity(bytes[index]).utf8)
                start = index + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }

    /// How many bytes longer the byte's entity is than the byte (0: kept as it is).
    @inline(__always)
    private static func growth(_ byte: UInt8, _ apostrophes: Bool) -> Int {
        switch byte {
        case 0x3C, 0x3E: 3  // &lt; &gt;
        case 0x26: 4  // &amp;
        case 0x22: 5  // &quot;
        case 0x27: apostrophes ? 4 : 0  // &#39;
        default: 0
        }
    }

    private static func entity(_ byte: UInt8) -> String {
        switch byte {
        case 0x3C: "&lt;"
        case 0x3E: "&gt;"
        case 0x26: "&amp;"
        case 0x22: "&quot;"
        default: "&#39;"
        }
    }
}
