import QuarterlyModel

/// Limits on a Markdown body that real commentary never meets and that keep rendering
/// linear: Debian's cmark-gfm (0.29.0.gfm.6) takes time that grows with the square of
/// some inputs. `check` reports each limit crossed once, at the line (and character)
/// where it is crossed, so no body that passes can stall a build.
///
/// Measured with the renderer's own options (safe, smart punctuation, the four GitHub
/// extensions), one input per run, on this project's 2-core build machine:
///
/// | input | time |
/// |---|---|
/// | a real 1 MiB body (prose, links, emphasis) | 0.3 s |
/// | one table row of 8,000 `\|` under a 1-column table (8 KB) | 0.18 s; 64 KB: 8.5 s |
/// | a 40,000-column table (160 KB) | 45 s (the issue); 20,000 columns: 11 s |
/// | a 20-column table header and 500,000 short lines (1 MiB): every line a row of 20 cells | 6.3 s; 100 columns: over 60 s |
/// | 16,384 quote marks on one line (16 KB) | 0.29 s; 64 KB: 4.7 s; 16,000 in lines of 100: 0.13 s per 256 KB |
/// | `![[]()` repeated in one paragraph, 64 KB | 0.26 s; 256 KB: 4.4 s; 1 MiB: over 20 s |
/// | `* ` 500,000 times (a list nested 500,000 deep, 1 MiB) | 3.0 s |
///
/// Within the limits below, the worst inputs found take 0.9–1.6 s per MiB and grow
/// linearly (1 MiB is the file limit): lines of 500 quote marks 1.6 s, tables of 100
/// columns 1.1 s, lines nesting 8 lists 0.9 s, paragraphs of 500 `[` 0.6–1.1 s. Real
/// content is far inside them: the longest line in the examples and the reference
/// reports is 4,261 characters, and the widest table in the reports (Lancashire's
/// indicator monitoring) has 9 columns; commentary nests lists two or three deep.
package enum MarkdownLimits {
    /// Characters on one line.
    package static let lineLength = 20_000
    /// Straight quote marks (`'` and `"`) on one line: smart punctuation pairs them.
    package static let quoteMarksPerLine = 500
    /// `|` on one line: a table row's cells.
    package static let barsPerLine = 100
    /// Block-quote and list markers at the start of one line.
    package static let nestingPerLine = 10
    /// `[` in one paragraph (lines up to a blank line): links and images.
    package static let bracketsPerParagraph = 500
    /// Table cells in a body (columns × rows, each table counted to the blank line after
    /// it): a row shorter than its header is filled out to every column.
    package static let tableCells = 10_000

    /// Reports each limit the body crosses, the first time it is crossed.
    package static func check(_ body: String, firstLine: Int, report: FieldReport) {
        var crossed = Set<String>()
        func crossing(_ limit: String, line: Int, column: Int, _ message: String, hint: String) {
            guard crossed.insert(limit).inserted else { return }
            report.report(
                .markdownTooComplex, at: TextPosition(line: firstLine + line, column: column), message, hint: hint)
        }
        var brackets = 0
        var cells = 0
        var tableColumns: Int?
        var previousBlank = true
        var body = body
        body.withUTF8 { bytes in
            var lineNumber = 0
            var start = 0
            while start <= bytes.count {
                // The line's end found and the marks that count toward a limit counted
                // in one pass: most lines cross nothing and are walked no further.
                var counts = (quotes: 0, bars: 0, brackets: 0)
                var end = start
                scan: while end < bytes.count {
                    switch bytes[end] {
                    case 0x0A: break scan
                    case UInt8(ascii: "'"), UInt8(ascii: "\""): counts.quotes += 1
                    case UInt8(ascii: "|"): counts.bars += 1
                    case UInt8(ascii: "["): counts.brackets += 1
                    default: break
                    }
                    end += 1
                }
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                let blank = line.allSatisfy { $0 == 0x20 || $0 == 0x09 }
                if blank {
                    brackets = 0
                    tableColumns = nil
                }
                let markers = nesting(line)
                if markers.columns.count > nestingPerLine {
                    crossing(
                        "nesting", line: lineNumber, column: markers.columns[nestingPerLine],
                        "this line nests more than \(nestingPerLine) lists or block quotes",
                        hint: "Use at most \(nestingPerLine) `>` and list markers at the start of a line.")
                }
                let mayCross =
                    line.count > lineLength || counts.quotes > quoteMarksPerLine || counts.bars > barsPerLine
                    || brackets + counts.brackets > bracketsPerParagraph
                if !mayCross { brackets += counts.brackets }
                if mayCross {
                    var column = 0
                    var quotes = 0
                    var bars = 0
                    for byte in line where byte & 0xC0 != 0x80 {
                        column += 1
                        if column == lineLength + 1 {
                            crossing(
                                "line", line: lineNumber, column: column,
                                "this line is longer than \(lineLength) characters",
                                hint: "Break the text into paragraphs, with a blank line between them.")
                        }
                        /// One more of a mark; the first past its limit is reported where it stands.
                        func tally(
                            _ count: inout Int, limit: Int, _ kind: String, _ message: @autoclosure () -> String,
                            hint: String
                        ) {
                            count += 1
                            if count == limit + 1 {
                                crossing(kind, line: lineNumber, column: column, message(), hint: hint)
                            }
                        }
                        switch byte {
                        case UInt8(ascii: "'"), UInt8(ascii: "\""):
                            tally(
                                &quotes, limit: quoteMarksPerLine, "quotes",
                                "this line holds more than \(quoteMarksPerLine) quote marks (' or \")",
                                hint:
                                    "Break the line into paragraphs: so many quote marks on one line make the page very slow to build."
                            )
                        case UInt8(ascii: "|"):
                            tally(
                                &bars, limit: barsPerLine, "bars",
                                "this line holds more than \(barsPerLine) `|`: a table may have at most \(barsPerLine - 1) columns",
                                hint:
                                    "Split the table into narrower ones, or publish the figures as a spreadsheet and link to it."
                            )
                        case UInt8(ascii: "["):
                            tally(
                                &brackets, limit: bracketsPerParagraph, "brackets",
                                "this paragraph holds more than \(bracketsPerParagraph) `[` (links and images)",
                                hint: "Put a blank line between paragraphs, or use fewer links in one paragraph.")
                        default: break
                        }
                    }
                }
                if !blank {
                    if let columns = tableColumns {
                        cells += columns
                    } else if !previousBlank,
                        let columns = delimiterRowColumns(UnsafeBufferPointer(rebasing: line[markers.end...]))
                    {
                        tableColumns = columns
                        cells += 2 * columns
                    }
                    if cells > tableCells {
                        crossing(
                            "cells", line: lineNumber, column: 1,
                            "the tables here hold more than \(tableCells) cells (columns × rows, up to the blank line after each table)",
                            hint:
                                "Publish a large table as a spreadsheet and link to it, and end each table with a blank line."
                        )
                    }
                }
                previousBlank = blank
                lineNumber += 1
                start = end + 1
            }
        }
    }

    /// The columns of the block-quote and list markers that open the line (`> - 1. text`
    /// has 3), and where what they hold starts (a table in a quote or a list is still a table).
    static func nesting(_ line: UnsafeBufferPointer<UInt8>) -> (columns: [Int], end: Int) {
        var index = 0
        var columns: [Int] = []
        var end = 0
        func isSpace(_ at: Int) -> Bool { at < line.count && (line[at] == 0x20 || line[at] == 0x09) }
        while true {
            while isSpace(index) { index += 1 }
            guard index < line.count else { break }
            let start = index
            let byte = line[index]
            if byte == UInt8(ascii: ">") {
                index += 1
            } else if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "+"),
                isSpace(index + 1)
            {
                index += 1
            } else if byte >= 0x30, byte <= 0x39 {
                var digits = index
                while digits < line.count, digits - index < 9, line[digits] >= 0x30, line[digits] <= 0x39 {
                    digits += 1
                }
                guard digits < line.count, line[digits] == UInt8(ascii: ".") || line[digits] == UInt8(ascii: ")"),
                    isSpace(digits + 1)
                else { break }
                index = digits + 1
            } else {
                break
            }
            columns.append(start + 1)
            end = index
        }
        return (columns, end)
    }

    /// A table's delimiter row (`|---|:--:|`) and the number of its columns; nil for any
    /// other line. Without a `|` it would be a heading's underline or a rule.
    static func delimiterRowColumns(_ line: UnsafeBufferPointer<UInt8>) -> Int? {
        var bars = 0
        var dashes = 0
        for byte in line {
            switch byte {
            case UInt8(ascii: "|"): bars += 1
            case UInt8(ascii: "-"): dashes += 1
            case UInt8(ascii: ":"), 0x20, 0x09: break
            default: return nil
            }
        }
        guard bars > 0, dashes > 0 else { return nil }
        let cells = line.split(separator: UInt8(ascii: "|")).filter { $0.contains(UInt8(ascii: "-")) }
        return cells.count
    }
}
