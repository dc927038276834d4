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
        let utf8 = text.utf8
        guard
            utf8.contains(where: {
                $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || ($0 == 0x27 && apostrophes)
            })
        else {
            return text
        }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case 0x3C: out.append(contentsOf: "&lt;".utf8)
            case 0x3E: out.append(contentsOf: "&gt;".utf8)
            case 0x26: out.append(contentsOf: "&amp;".utf8)
            case 0x22: out.append(contentsOf: "&quot;".utf8)
            case 0x27 where apostrophes: out.append(contentsOf: "&#39;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
