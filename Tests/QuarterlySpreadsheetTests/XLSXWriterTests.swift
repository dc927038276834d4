import Foundation
import QuarterlySpreadsheet
import QuarterlyTestSupport
import Synchronization
import Testing

/// Workbooks written as .xlsx read back with the same cells, by our reader and by LibreOffice.
@Suite struct XLSXWriterTests {
    static let workbook = Workbook(
        title: "Figures & notes", author: "Exampleshire County Council",
        sheets: [
            Sheet(
                name: "Measures",
                rows: [
                    [.heading("id"), .heading("value"), .heading("period_end"), .heading("score"), .heading("note")],
                    [
                        .text("foi-responses"), .number("80.0"), .date(year: 2019, month: 9, day: 30), .integer(12),
                        .empty,
                    ],
                    [
                        .text("foster-carers"), .number("-0.16"), .date(year: 2020, month: 3, day: 31), .integer(-3),
                        .text("Quotes \"and\" <tags>, commas, and\nline breaks"),
                    ],
                    [.text("fires"), .number("1848000"), .empty, .empty, .text("£ and ünïcödé")],
                    [.text("rounding"), .number("0.125"), .empty, .empty, .number("not a number")],
                ]),
            Sheet(name: "Notes: about [this]", rows: [[.heading("Licence")], [.text("Open Government Licence v3.0")]]),
        ])

    /// What each cell reads back as, sheet by sheet, row by row (empty cells are absent).
    static let expected: [[[CellValue?]]] = [
        [
            [.text("id"), .text("value"), .text("period_end"), .text("score"), .text("note")],
            [.text("foi-responses"), .number("80.0"), .date("2019-09-30"), .number("12"), nil],
            [
                .text("foster-carers"), .number("-0.16"), .date("2020-03-31"), .number("-3"),
                .text("Quotes \"and\" <tags>, commas, and\nline breaks"),
            ],
            [.text("fires"), .number("1848000"), nil, nil, .text("£ and ünïcödé")],
            [.text("rounding"), .number("0.125"), nil, nil, .text("not a number")],
        ],
        [[.text("Licence")], [.text("Open Government Licence v3.0")]],
    ]

    static func grid(_ sheet: ReadSheet, rows: Int, columns: Int) -> [[CellValue?]] {
        var grid = Array(repeating: Array(repeating: CellValue?.none, count: columns), count: rows)
        for cell in sheet.cells { grid[cell.reference.row - 1][cell.reference.column - 1] = cell.value }
        return grid
    }

    @Test func readsBackTheSameCells() throws {
        let file = try XLSXFile(data: Data(XLSXWriter.bytes(Self.workbook)))
        // Excel's rules for sheet names: `:`, `[` and `]` are replaced.
        #expect(file.sheetNames == ["Measures", "Notes- about -this-"])
        for (index, expected) in Self.expected.enumerated() {
            let sheet = try file.sheet(file.sheetNames[index])
            #expect(Self.grid(sheet, rows: expected.count, columns: expected[0].count) == expected)
        }
        #expect(try file.sheet().name == "Measures")
        #expect(try file.sheet("measures").name == "Measures")
        #expect(throws: XLSXFile.Failure.self) { try file.sheet("Actions") }
    }

    @Test func theSameWorkbookGivesTheSameBytes() throws {
        #expect(XLSXWriter.bytes(Self.workbook) == XLSXWriter.bytes(Self.workbook))
    }

    /// A sheet whose rows are made as it is written gives the same file as one holding
    /// its rows, and each row is made once.
    @Test func rowsMadeAsTheSheetIsWrittenGiveTheSameBytes() throws {
        let made = Mutex<[Int]>([])
        let sheets = Self.workbook.sheets.map { sheet in
            let rows = sheet.rows
            return Sheet(name: sheet.name, rowCount: rows.count, freezesHeader: sheet.freezesHeader) { index in
                made.withLock { $0.append(index) }
                return rows[index]
            }
        }
        let streamed = Workbook(title: Self.workbook.title, author: Self.workbook.author, sheets: sheets)
        #expect(XLSXWriter.bytes(streamed) == XLSXWriter.bytes(Self.workbook))
        #expect(made.withLock { $0 } == Array(0..<Self.workbook.sheets[0].rowCount) + Array(0..<2))
    }

    /// A part whose head is known only after its body (a sheet's) is packed head first and
    /// reads back as the two joined: the head deflated apart and ended byte-aligned and not
    /// final, or, when zlib cannot start, framed as stored blocks (more than one past 64 KiB).
    @Test(arguments: [0, 1, 700, 70_000])
    func aHeadPackedBeforeItsDeflatedBodyReadsBackJoined(headLength: Int) throws {
        let head = Array(String(repeating: "<cols/>", count: headLength / 7 + 1).utf8.prefix(headLength))
        let body = Array(String(repeating: "<row r=\"1\"><c r=\"A1\"><v>42</v></c></row>", count: 3000).utf8)
        func deflated() -> ZipArchive.Deflater {
            let deflater = ZipArchive.Deflater()
            for start in stride(from: 0, to: body.count, by: 5000) {
                deflater.add(Array(body[start..<min(body.count, start + 5000)]))
            }
            return deflater
        }
        let packed = ZipArchive.write([ZipArchive.Entry(path: "xl/part.xml", head: head, body: deflated())])
        let read = try ZipArchive.read(packed, limits: .init(part: 1 << 22, total: 1 << 22))
        #expect(read["xl/part.xml"] == head + body)
        let finished = deflated().finish(last: true)
        #expect(finished.method == 8)
        let stored = ZipArchive.Deflater.storedBlocks(head) + finished.bytes
        #expect(try ZipArchive.inflate(stored[...], size: head.count + body.count, name: "part") == head + body)
    }

    /// A part given in chunks is packed as the same bytes as the part given whole, and
    /// reads back as it was.
    @Test(arguments: [[], [0], [1], [5, 17], [0, 3, 0]])
    func aPartInChunksPacksTheSameAsWhole(cuts: [Int]) throws {
        let whole = Array(String(repeating: "<row r=\"1\"><c r=\"A1\"><v>42</v></c></row>", count: 50).utf8)
        var chunks: [[UInt8]] = []
        var start = 0
        for cut in cuts {
            let end = min(whole.count, start + cut)
            chunks.append(Array(whole[start..<end]))
            start = end
        }
        chunks.append(Array(whole[start...]))
        let packed = ZipArchive.write([ZipArchive.Entry(path: "xl/part.xml", chunks: chunks)])
        #expect(packed == ZipArchive.write([(path: "xl/part.xml", data: whole)]))
        let read = try ZipArchive.read(packed, limits: .init(part: 1 << 20, total: 1 << 20))
        #expect(read["xl/part.xml"] == whole)
    }

    /// LibreOffice opens the file; its CSV of each sheet, with cells as shown, has every
    /// number with the digits as written, the date as ISO and the text as it was.
    @Test func libreOfficeReadsTheSameValues() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("figures.xlsx")
        try Data(XLSXWriter.bytes(Self.workbook)).write(to: file)
        try LibreOffice.convert([file], filter: LibreOffice.csvOfEverySheet, into: folder)
        let measures = try String(contentsOf: folder.appendingPathComponent("figures-Measures.csv"), encoding: .utf8)
        #expect(
            measures.replacingOccurrences(of: "\r\n", with: "\n") == """
                id,value,period_end,score,note
                foi-responses,80.0,2019-09-30,12,
                foster-carers,-0.16,2020-03-31,-3,"Quotes ""and"" <tags>, commas, and
                line breaks"
                fires,1848000,,,£ and ünïcödé
                rounding,0.125,,,not a number

                """)
        let notes = try String(
            contentsOf: folder.appendingPathComponent("figures-Notes- about -this-.csv"), encoding: .utf8)
        #expect(notes.replacingOccurrences(of: "\r\n", with: "\n") == "Licence\nOpen Government Licence v3.0\n")
    }
}
