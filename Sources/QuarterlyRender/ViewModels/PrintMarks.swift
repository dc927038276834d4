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

    /// `--running-head: "…"; --page-address: "…"`: each value a CSS string. The template
    /// escapes the whole for its HTML attribute; this escapes each value for CSS.
    var declarations: String {
        "--running-head: \(Self.cssString(runningHead)); --page-address: \(Self.cssString(address))"
    }

    /// A CSS string in double quotes: quotes, backslashes and control characters escaped
    /// (as `\22 `, `\5c `, `\a `), so no text can end the string or the declaration.
    static func cssString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\", "<", ">", "&", "'": out += "\\" + String(scalar.value, radix: 16) + " "
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                out += "\\" + String(scalar.value, radix: 16) + " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
