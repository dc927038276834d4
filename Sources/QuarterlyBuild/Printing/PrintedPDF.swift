import Foundation
import QuarterlyModel

/// A report as Chromium printed it, made the same bytes for the same page: the two
/// things that differ from one printing to the next (the creation time, and the ids
/// Chromium gives the tagged structure's elements) are replaced by the report's date and
/// by ids numbered in order. Each replacement has the length of what it replaces, so the
/// PDF's table of byte offsets stays true.
package struct PrintedPDF: Sendable {
    package let data: Data
    package let pages: Int

    package init(printed: Data, date: CalendarDate) {
        var bytes = [UInt8](printed)
        Self.replaceDates(in: &bytes, with: date)
        Self.renumberNodes(in: &bytes)
        data = Data(bytes)
        pages = Self.countPages(bytes)
    }

    /// A report printed by an earlier build, as that build wrote it.
    package init(written data: Data) {
        self.data = data
        pages = Self.countPages([UInt8](data))
    }

    /// `(D:20261130041214+00'00')` → `(D:20191112000000+00'00')`.
    static func replaceDates(in bytes: inout [UInt8], with date: CalendarDate) {
        let stamp = Array(String(format: "%04d%02d%02d000000", date.year, date.month, date.day).utf8)
        let marker = Array("(D:".utf8)
        var index = 0
        while let start = find(marker, in: bytes, from: index) {
            let digits = start + marker.count
            index = digits
            guard digits + stamp.count <= bytes.count,
                bytes[digits..<digits + stamp.count].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 })
            else { continue }
            bytes.replaceSubrange(digits..<digits + stamp.count, with: stamp)
        }
    }

    /// `(node00001223)` → `(node00000001)`, in order of first appearance.
    static func renumberNodes(in bytes: inout [UInt8]) {
        let marker = Array("(node".utf8)
        // Keys are copies: a slice of `bytes` would share its storage, and every
        // replacement below would then copy the whole PDF (hundreds of megabytes for a
        // large site's report, each copy kept alive by its key).
        var numbers: [[UInt8]: Int] = [:]
        var index = 0
        while let start = find(marker, in: bytes, from: index) {
            let digits = start + marker.count
            var end = digits
            while end < bytes.count, bytes[end] >= 0x30, bytes[end] <= 0x39 { end += 1 }
            index = end
            guard end > digits, end < bytes.count, bytes[end] == UInt8(ascii: ")") else { continue }
            let key = Array(bytes[digits..<end])
            let number = numbers[key] ?? (numbers.count + 1)
            numbers[key] = number
            let text = String(number)
            guard text.count <= end - digits else { continue }
            let padded = Array((String(repeating: "0", count: end - digits - text.count) + text).utf8)
            bytes.replaceSubrange(digits..<end, with: padded)
        }
    }

    /// Page objects: `/Type /Page`, not the `/Type /Pages` nodes of the page tree.
    static func countPages(_ bytes: [UInt8]) -> Int {
        let marker = Array("/Type /Page".utf8)
        var count = 0
        var index = 0
        while let start = find(marker, in: bytes, from: index) {
            index = start + marker.count
            let next = index < bytes.count ? bytes[index] : 0
            if !(next >= 0x41 && next <= 0x5A || next >= 0x61 && next <= 0x7A) { count += 1 }
        }
        return count
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var index = start
        while index <= bytes.count - needle.count {
            if bytes[index] == first, bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
