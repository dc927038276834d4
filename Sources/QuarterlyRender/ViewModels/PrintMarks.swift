import QuarterlyModel

/// What every printed page of a page carries in its margins: a running header (on every
/// page but the first) and the page's web address in the footer. The layout sets them as
/// CSS custom properties on `<html>`, which the stylesheet's `@page` margin boxes read,
/// so a council restyles them in CSS alone.
struct PrintMarks {
    /// e.g. "Cumbria County Council · Council Plan Delivery Plan 2019/20: Quarter 2
    /// 2019/20 progress report · published 12 November 2019".
    let runningHead: String
    /// The page's full address when the site's host is known, else its path.
    let address: String
    /// "Page 3 of 12" in the page's language: the words before the page's number, between
    /// it and the count, and after (`print.pageNumber`, "Page {page} of {pages}").
    let pageWords: (before: String, between: String, after: String)

    init(runningHead: String, address: String, words: Catalogue) {
        self.runningHead = runningHead
        self.address = address
        let marked = words.text("print.pageNumber", ["page": "\u{1}", "pages": "\u{2}"])
        let first = marked.split(separator: "\u{1}", maxSplits: 1, omittingEmptySubsequences: false)
        let rest =
            first.count == 2 ? first[1].split(separator: "\u{2}", maxSplits: 1, omittingEmptySubsequences: false) : []
        pageWords =
            rest.count == 2 ? (String(first[0]), String(rest[0]), String(rest[1])) : ("", " / ", "")
    }

    /// `--running-head: "…"; --page-address: "…"` and the page number's words: each value
    /// a CSS string. The template escapes the whole for its HTML attribute; this escapes
    /// each value for CSS.
    var declarations: String {
        "--running-head: \(Self.cssString(runningHead)); --page-address: \(Self.cssString(address)); "
            + "--page-before: \(Self.cssString(pageWords.before)); --page-between: \(Self.cssString(pageWords.between)); "
            + "--page-after: \(Self.cssString(pageWords.after))"
    }

    /// A CSS string in double quotes: quotes, backslashes and control characters escaped
    /// (as `\22 `, `\5c `, `\a `), so no text can end the string or the declaration.
    static func cssString(_ text: String) -> String {
        // Byte by byte: every page has five of these, and appending a scalar at a time to a
        // String was a noticeable part of a page's cost. Every byte escaped is ASCII, so a
        // multi-byte character's bytes are copied as they are.
        var out: [UInt8] = [UInt8(ascii: "\"")]
        out.reserveCapacity(text.utf8.count + 2)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"),
                UInt8(ascii: "'"), 0x00..<0x20, 0x7F:
                out.append(UInt8(ascii: "\\"))
                out += String(byte, radix: 16).utf8
                out.append(UInt8(ascii: " "))
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }
}
