import Foundation
import QuarterlyAuthoring
import QuarterlyModel
import QuarterlySpreadsheet
import QuarterlyTestSupport
import Testing

/// Workbooks made to break the reader: each is refused with one error that says where
/// (the file, and the sheet and cell when the problem is in one), nothing is written, and
/// it takes well under a second whatever the file claims or unpacks to.
@Suite struct HostileWorkbookTests {
    /// The LibreOffice fixture's parts, to change one at a time.
    static let parts: [(path: String, data: [UInt8])] = {
        let data = try! Data(contentsOf: SpreadsheetImportTests.workbook)
        return try! ZipArchive.read([UInt8](data), limits: .init(part: 1 << 20, total: 1 << 20))
            .sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }()

    static func package(replacing path: String? = nil, with text: String = "", adding extra: [String] = [])
        -> [UInt8]
    {
        package(replacing: path.map { [$0: text] } ?? [:], adding: extra)
    }

    static func package(replacing texts: [String: String], adding extra: [String] = []) -> [UInt8] {
        var entries = parts.map { part in texts[part.path].map { (path: part.path, data: Array($0.utf8)) } ?? part }
        entries += extra.map { (path: $0, data: Array("<x/>".utf8)) }
        return ZipArchive.write(entries)
    }

    /// The package with the size its central directory declares unpacked for each of
    /// `paths` set to `size`.
    static func declaring(_ size: UInt32, for paths: [String], in bytes: [UInt8]) -> [UInt8] {
        var bytes = bytes
        for path in paths {
            let name = Array(path.utf8)
            // The name's second appearance is in the central directory, 46 bytes into its record.
            let found = (0...(bytes.count - name.count)).filter { bytes[$0..<$0 + name.count].elementsEqual(name) }
            let field = found[1] - 46 + 24
            for byte in 0..<4 { bytes[field + byte] = UInt8(truncatingIfNeeded: size >> (8 * UInt32(byte))) }
        }
        return bytes
    }

    static func sheet(_ rows: String) -> String {
        "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>value</t></is></c></row>\(rows)</sheetData></worksheet>"
    }

    static let sheetPath = "xl/worksheets/sheet1.xml"

    /// Each case: the file's bytes, where the error is (after `figures.xlsx:`), and its message.
    static let cases: [(name: String, bytes: @Sendable () -> [UInt8], place: String?, message: String)] = [
        (
            "not a ZIP", { Array("id,value\nfoi-responses,71\n".utf8) }, nil,
            "this is not an .xlsx file (it cannot be read as a ZIP package)"
        ),
        (
            "a ZIP cut short", { Array(package().prefix(4000)) }, nil,
            "this is not an .xlsx file (it cannot be read as a ZIP package)"
        ),
        (
            "a part declaring 4 GB", { declaring(0xFFFF_FFF0, for: [sheetPath], in: package()) }, nil,
            "its part `xl/worksheets/sheet1.xml` would unpack to 4294967280 bytes, more than the 64 MB a part of a spreadsheet of figures may hold"
        ),
        (
            "parts declaring 180 MB together",
            { declaring(60 << 20, for: ["xl/styles.xml", "xl/workbook.xml", sheetPath], in: package()) }, nil,
            "its parts would unpack to more than the 128 MB a spreadsheet of figures may hold in all"
        ),
        (
            "a part unpacking to more than it declares",
            {
                declaring(
                    4000, for: [sheetPath],
                    in: package(replacing: sheetPath, with: String(repeating: " ", count: 40 << 20)))
            }, nil, "its part `xl/worksheets/sheet1.xml` is damaged (it does not unpack to its declared size)"
        ),
        (
            "an entry leading out of the package", { package(adding: ["../../../tmp/evil.xml"]) }, nil,
            "it holds an entry named `../../../tmp/evil.xml`, which is not a part of a package"
        ),
        (
            "an absolute entry", { package(adding: ["/etc/evil.xml"]) }, nil,
            "it holds an entry named `/etc/evil.xml`, which is not a part of a package"
        ),
        (
            "entities defined to expand a billion times",
            {
                package(
                    replacing: sheetPath,
                    with:
                        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><worksheet><sheetData><row><c t=\"inlineStr\"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>"
                )
            }, nil,
            "its part xl/worksheets/sheet1.xml is not well-formed XML: a document type declaration is not allowed at byte 21"
        ),
        (
            "a cell past the last row",
            { package(replacing: sheetPath, with: sheet("<row r=\"2\"><c r=\"XFD1048577\"><v>1</v></c></row>")) },
            "Figures!XFD1048577",
            "its sheet `Figures` has a cell at `XFD1048577`, which is not a cell between A1 and XFD1048576"
        ),
        (
            "a cell past the last column",
            { package(replacing: sheetPath, with: sheet("<row r=\"2\"><c r=\"XFE2\"><v>1</v></c></row>")) },
            "Figures!XFE2", "its sheet `Figures` has a cell at `XFE2`, which is not a cell between A1 and XFD1048576"
        ),
        (
            "a row past the last",
            { package(replacing: sheetPath, with: sheet("<row r=\"99999999999\"><c><v>1</v></c></row>")) }, "Figures",
            "its sheet `Figures` has a row numbered `99999999999`, past the last a sheet can have (1048576)"
        ),
        (
            "a shared string that is not there",
            { package(replacing: sheetPath, with: sheet("<row r=\"2\"><c r=\"B2\" t=\"s\"><v>999</v></c></row>")) },
            "Figures!B2", "its cell B2 refers to shared string `999`, but the workbook has 26 (numbered from 0)"
        ),
        (
            "a date past 9999",
            {
                package(replacing: [
                    "xl/styles.xml": "<styleSheet><cellXfs count=\"1\"><xf numFmtId=\"14\"/></cellXfs></styleSheet>",
                    sheetPath: sheet("<row r=\"2\"><c r=\"B2\" s=\"0\"><v>1e300</v></c></row>"),
                ])
            }, "Figures!B2", "its cell B2 is formatted as a date but holds `1e300`, which is no date"
        ),
        (
            "a sheet named with a line break",
            {
                package(
                    replacing: "xl/workbook.xml",
                    with: String(decoding: parts.first { $0.path == "xl/workbook.xml" }!.data, as: UTF8.self)
                        .replacingOccurrences(of: "name=\"Figures\"", with: "name=\"Fig&#10;ures\""))
            }, nil, "its workbook names a sheet `Fig?ures` with a control character"
        ),
    ]

    @Test(arguments: cases.indices)
    func refusedWhereItIsAndNothingWritten(index: Int) throws {
        let (name, bytes, place, message) = Self.cases[index]
        let content = try Fixtures.minimalSite(with: [:])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let before = Fixtures.snapshot(content)
        let data = Data(bytes())
        // CPU time of this thread: parallel tests on a loaded machine do not count.
        var refusal: DiagnosticList?
        let seconds = ThreadCPUTime.seconds {
            do throws(DiagnosticList) {
                _ = try SpreadsheetImportTests.run(data, path: "figures.xlsx", in: content)
            } catch {
                refusal = error
            }
        }
        if let error = refusal {
            #expect(error.diagnostics.count == 1, "\(name)")
            #expect(error.diagnostics.first?.cell == place, "\(name)")
            #expect(error.diagnostics.first?.message == "cannot read the spreadsheet: " + message, "\(name)")
        } else {
            Issue.record("\(name): accepted")
        }
        #expect(seconds < 2, "\(name): \(seconds) s")
        #expect(Fixtures.snapshot(content) == before, "\(name)")
    }
}
