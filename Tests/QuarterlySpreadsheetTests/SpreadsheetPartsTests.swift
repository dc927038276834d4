import QuarterlySpreadsheet
import Testing

/// The pieces the reader and writer share, as tables of cases.
@Suite struct SpreadsheetPartsTests {
    @Test(arguments: [
        ("A1", 1, 1), ("B7", 7, 2), ("Z9", 9, 26), ("AA12", 12, 27), ("AZ1", 1, 52), ("XFD1048576", 1_048_576, 16384),
    ])
    func cellReferences(text: String, row: Int, column: Int) throws {
        let reference = try #require(CellReference(text))
        #expect(reference.row == row && reference.column == column)
        #expect(reference.description == text)
    }

    @Test(arguments: ["", "7", "B", "b7", "$B$7", "B0", "B-1", "XFE1", "B7 ", "XFD1048577", "A99999999"])
    func notCellReferences(text: String) {
        #expect(CellReference(text) == nil)
    }

    @Test(arguments: [
        (1900, 3, 1, 61), (2019, 9, 30, 43738), (2020, 3, 31, 43921), (1970, 1, 1, 25569), (2000, 2, 29, 36585),
    ])
    func dateSerials(year: Int, month: Int, day: Int, serial: Int) {
        #expect(DateSerial.serial(year: year, month: month, day: day) == serial)
        #expect(DateSerial.date(serial: serial) == (year, month, day))
    }

    /// A stored number as its format shows it: what the officer saw in the cell.
    @Test(arguments: [
        ("General", "80", "80"), ("General", "0.30000000000000004", "0.3"), ("General", "89.189999999999998", "89.19"),
        ("General", "1848000", "1848000"), ("General", "-0.16", "-0.16"), ("General", "1E-3", "0.001"),
        ("0.0", "80", "80.0"), ("0.00", "89.185", "89.19"), ("0.00", "-89.185", "-89.19"), ("0", "65.4", "65"),
        ("#,##0", "1848000", "1848000"), ("#,##0.00", "1848000", "1848000.00"), ("0%", "0.655", "66"),
        ("0.0%", "0.7125", "71.3"), ("0.0#", "1.5", "1.5"), ("0.0#", "1.256", "1.26"), ("\"£\"#,##0.0", "3", "3.0"),
        ("[Red]0.0;[Blue]-0.0", "2", "2.0"), ("0.00E+00", "123456", "123456"), ("@", "12", "12"),
    ])
    func shownNumbers(code: String, stored: String, shown: String) {
        #expect(NumberFormat(code: code).shown(stored) == shown)
    }

    @Test(arguments: ["yyyy-mm-dd", "dd/mm/yyyy", "h:mm", "d-mmm-yy"])
    func dateFormats(code: String) {
        #expect(NumberFormat(code: code).kind == .date)
    }

    @Test func scansXML() throws {
        var scanner = XMLScanner(
            Array(
                "\u{FEFF}<?xml version=\"1.0\"?><!-- note --><x:a b='1' c=\"&lt;&amp;&#65;&#x42;\"><t>x &gt; y</t><![CDATA[<raw>]]><e/></x:a>"
                    .utf8))
        var events: [XMLScanner.Event] = []
        while let event = try scanner.next() { events.append(event) }
        #expect(
            events == [
                .start(name: "a", attributes: ["b": "1", "c": "<&AB"], selfClosing: false),
                .start(name: "t", attributes: [:], selfClosing: false), .text("x > y"), .end(name: "t"),
                .text("<raw>"), .start(name: "e", attributes: [:], selfClosing: true), .end(name: "a"),
            ])
    }

    @Test(arguments: [
        "<!DOCTYPE x [<!ENTITY a \"b\">]><x>&a;</x>", "<a b=1/>", "<a>&nope;</a>", "<a b=\"x", "<a><!-- never closed",
        "<a>& b</a>",
    ])
    func refusesMalformedXML(text: String) {
        var scanner = XMLScanner(Array(text.utf8))
        #expect(throws: XMLScanner.Failure.self) {
            while try scanner.next() != nil {}
        }
    }
}
