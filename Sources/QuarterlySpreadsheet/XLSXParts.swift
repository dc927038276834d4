import Foundation

/// The XML parts of an `.xlsx` file for one workbook, by their path in the package, each
/// deflated as soon as it is written: a large sheet is held only as its bytes, and only
/// until it is deflated.
enum XLSXParts {
    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    static func entries(_ workbook: Workbook) -> [ZipArchive.Entry] {
        func entry(_ path: String, _ text: String) -> ZipArchive.Entry {
            ZipArchive.Entry(path: path, chunks: [Array(text.utf8)])
        }
        var strings = SharedStrings()
        var places = 0
        let names = SheetNames.unique(workbook.sheets.map(\.name))
        // Written first (they number the strings and find the decimal places), though
        // packed after the parts that describe them.
        let sheets = workbook.sheets.enumerated().map { index, sheet in
            worksheet(
                sheet, path: "xl/worksheets/sheet\(index + 1).xml", selected: index == 0, places: &places,
                strings: &strings)
        }
        return [
            entry("[Content_Types].xml", contentTypes(sheets: sheets.count)),
            entry("_rels/.rels", packageRels),
            entry("docProps/core.xml", core(workbook)),
            entry("xl/workbook.xml", Self.workbook(names)),
            entry("xl/_rels/workbook.xml.rels", workbookRels(sheets: sheets.count)),
            entry("xl/styles.xml", CellStyles(places: places).xml),
        ] + sheets + [entry("xl/sharedStrings.xml", strings.xml)]
    }

    static func contentTypes(sheets: Int) -> String {
        let type = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        var xml =
            header + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(type).sheet.main+xml\"/>"
        for index in 1...max(1, sheets) where index <= sheets {
            xml += "<Override PartName=\"/xl/worksheets/sheet\(index).xml\" ContentType=\"\(type).worksheet+xml\"/>"
        }
        return xml
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(type).styles+xml\"/>"
            + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"\(type).sharedStrings+xml\"/>"
            + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
            + "</Types>"
    }

    static let packageRels =
        header + "<Relationships xmlns=\"\(packageRelationships)\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationships)/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "</Relationships>"

    static func core(_ workbook: Workbook) -> String {
        header
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
            + "<dc:title>\(XMLText.escape(workbook.title))</dc:title><dc:creator>\(XMLText.escape(workbook.author))</dc:creator>"
            + "</cp:coreProperties>"
    }

    static func workbook(_ names: [String]) -> String {
        header + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationships)\">"
            + "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
            + names.enumerated().map { index, name in
                "<sheet name=\"\(XMLText.escape(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
            }.joined()
            + "</sheets></workbook>"
    }

    static func workbookRels(sheets: Int) -> String {
        var xml = header + "<Relationships xmlns=\"\(packageRelationships)\">"
        for index in 0..<sheets {
            xml +=
                "<Relationship Id=\"rId\(index + 1)\" Type=\"\(relationships)/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        return xml
            + "<Relationship Id=\"rId\(sheets + 1)\" Type=\"\(relationships)/styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rId\(sheets + 2)\" Type=\"\(relationships)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
            + "</Relationships>"
    }

    /// A sheet's XML part, its rows made one at a time and deflated a few at a time, so
    /// that neither its cells nor its text are ever held whole: its head (the dimension
    /// and column widths, known only once every row is seen) is packed before them.
    /// `places` rises to the most decimal places a number in it has.
    static func worksheet(
        _ sheet: Sheet, path: String, selected: Bool, places: inout Int, strings: inout SharedStrings
    ) -> ZipArchive.Entry {
        let body = ZipArchive.Deflater()
        var data = Array("<sheetData>".utf8)
        // The widest cell of each column, in characters.
        var longest: [Int] = []
        for rowIndex in 0..<sheet.rowCount {
            let row = sheet.row(rowIndex)
            if longest.count < row.count { longest += repeatElement(0, count: row.count - longest.count) }
            data += "<row r=\"\(rowIndex + 1)\">".utf8
            for (columnIndex, cell) in row.enumerated() {
                longest[columnIndex] = max(longest[columnIndex], cell.displayLength)
                let decimals = cell.decimalPlaces
                if let decimals { places = max(places, decimals) }
                appendCellXML(
                    cell, decimals: decimals, row: rowIndex + 1, column: columnIndex + 1, strings: &strings, to: &data)
            }
            data += "</row>".utf8
            if data.count >= 32 << 10 {
                body.add(data)
                data.removeAll(keepingCapacity: true)
            }
        }
        data += "</sheetData></worksheet>".utf8
        body.add(data)
        var head = header + "<worksheet xmlns=\"\(main)\" xmlns:r=\"\(relationships)\">"
        if !longest.isEmpty {
            head += "<dimension ref=\"A1:\(CellReference(row: sheet.rowCount, column: longest.count))\"/>"
        }
        head += "<sheetViews><sheetView workbookViewId=\"0\"\(selected ? " tabSelected=\"1\"" : "")>"
        if sheet.freezesHeader, sheet.rowCount > 1 {
            head +=
                "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>"
        }
        head += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
        if !longest.isEmpty {
            head += "<cols>"
            for (column, characters) in longest.enumerated() {
                let width = min(60, max(8, characters + 2))
                head += "<col min=\"\(column + 1)\" max=\"\(column + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
            }
            head += "</cols>"
        }
        return ZipArchive.Entry(path: path, head: Array(head.utf8), body: body)
    }

    /// A cell's `<c>` element appended as bytes: a sheet has a cell for every column of
    /// every update, and building each as an interpolated string was most of its cost.
    /// `decimals` is the cell's `decimalPlaces`, which the caller has already worked out.
    static func appendCellXML(
        _ cell: Cell, decimals: Int?, row: Int, column: Int, strings: inout SharedStrings, to data: inout [UInt8]
    ) {
        func open(style: Int?, shared: Bool) {
            data += #"<c r=""#.utf8
            CellReference.appendLetters(column, to: &data)
            appendDigits(row, to: &data)
            if let style {
                data += #"" s=""#.utf8
                appendDigits(style, to: &data)
            }
            data += shared ? #"" t="s"><v>"#.utf8 : #""><v>"#.utf8
        }
        switch cell {
        case .empty:
            return
        case .text(let text):
            open(style: nil, shared: true)
            appendDigits(strings.index(text), to: &data)
        case .heading(let text):
            open(style: CellStyles.heading, shared: true)
            appendDigits(strings.index(text), to: &data)
        case .number(let text):
            // Anything that is not a plain decimal is kept as the text it is.
            guard let decimals else {
                return appendCellXML(.text(text), decimals: nil, row: row, column: column, strings: &strings, to: &data)
            }
            open(style: CellStyles.decimals(decimals), shared: false)
            data += DecimalText.xml(text).utf8
        case .integer(let value):
            open(style: CellStyles.decimals(0), shared: false)
            appendDigits(value, to: &data)
        case .date(let year, let month, let day):
            open(style: CellStyles.date, shared: false)
            appendDigits(DateSerial.serial(year: year, month: month, day: day), to: &data)
        }
        data += "</v></c>".utf8
    }

    /// An integer as `String(value)` writes it (a small string: no allocation).
    private static func appendDigits(_ value: Int, to data: inout [UInt8]) {
        data += String(value).utf8
    }
}

extension Cell {
    /// About how many characters wide the cell shows, for its column's width.
    var displayLength: Int {
        switch self {
        case .empty: 0
        case .text(let text), .heading(let text), .number(let text):
            // A Character at a time is slow; ASCII without a CR (CRLF is one Character) counts by byte.
            text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } ? text.utf8.count : text.count
        case .integer(let value): String(value).count
        case .date: 10
        }
    }
}

/// Strings stored once each, referred to by index.
struct SharedStrings {
    private(set) var strings: [String] = []
    private var indices: [String: Int] = [:]
    private var uses = 0

    mutating func index(_ text: String) -> Int {
        uses += 1
        if let known = indices[text] { return known }
        indices[text] = strings.count
        strings.append(text)
        return strings.count - 1
    }

    var xml: String {
        XLSXParts.header + "<sst xmlns=\"\(XLSXParts.main)\" count=\"\(uses)\" uniqueCount=\"\(strings.count)\">"
            + strings.map { "<si><t xml:space=\"preserve\">\(XMLText.escape($0))</t></si>" }.joined() + "</sst>"
    }
}

/// Sheet names as Excel allows them: 31 characters at most, none of `[]:*?/\`, unique.
enum SheetNames {
    static func unique(_ names: [String]) -> [String] {
        var used = Set<String>()
        return names.map { name in
            var clean = String(name.map { "[]:*?/\\".contains($0) ? "-" : $0 }.prefix(31))
            if clean.trimmingCharacters(in: .whitespaces).isEmpty { clean = "Sheet" }
            var candidate = clean
            var number = 2
            while !used.insert(candidate.lowercased()).inserted {
                let suffix = " (\(number))"
                candidate = String(clean.prefix(31 - suffix.count)) + suffix
                number += 1
            }
            return candidate
        }
    }
}
