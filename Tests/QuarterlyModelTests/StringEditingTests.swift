import Foundation
import QuarterlyModel
import Testing

/// The trims that look only at a text's ends give what Foundation's `trimmingCharacters(in:)`
/// gives, for the same sets.
@Suite struct StringEditingTests {
    static let texts = [
        "", " ", "\t", "plain", "  both  ", "\tTab\t", "\u{00A0}no-break\u{00A0}", "\u{2003}em\u{3000}",
        "line\n", "\nline", "\r\n x \r\n", "\u{2028}sep\u{2029}", "\u{0085}next", " \u{0301}accent ",
        "inner  space", "£12 ", " 😀 ", "\u{FEFF}bom", "\u{200B}zero width",
    ]

    @Test(arguments: texts) func trimmingSpacesIsFoundationsWhitespaces(_ text: String) {
        #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces))
        let framed = Substring("x" + text + "x").dropFirst().dropLast()
        #expect(framed.trimmingSpaces() == framed.trimmingCharacters(in: .whitespaces))
    }

    @Test(arguments: texts) func trimmingSpacesAndNewlinesIsFoundations(_ text: String) {
        #expect(text.trimmingSpacesAndNewlines() == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
