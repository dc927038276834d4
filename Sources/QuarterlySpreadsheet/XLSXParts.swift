import Foundation

/// The XML parts of an `.xlsx` file for one workbook, by their path in the package.
struct XLSXParts {
    let all: [(path: String, text: String)]

    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    init(_ workbook: Workbook) {
        var strings = SharedStrings()
        let styles = CellStyles(workbook)
        let names = SheetNames.unique(workbook.sheets.map(\.name))
        let sheets = workbook.sheets.enumerated().map { index, sheet in
            Self.worksheet(sheet, selected: index == 0, styles: styles, strings: &strings)
        }
        var parts: [(String, String)] = [
            ("[Content_Types].xml", Self.contentTypes(sheets: sheets.count)),
            ("_rels/.rels", Self.packageRels),
            ("docProps/core.xml", Self.core(workbook)),
            ("xl/workbook.xml", Self.workbook(names)),
            ("xl/_rels/workbook.xml.rels", Self.workbookRels(sheets: sheets.count)),
            ("xl/styles.xml", styles.xml),
        ]
        parts += sheets.enumerated().map { ("xl/worksheets/sheet\($0.offset + 1).xml", $0.element) }
        parts.append(("xl/sharedStrings.xml", strings.xml))
        all = parts
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

    static func worksheet(_ sheet: Sheet, selected: Bool, styles: CellStyles, strings: inout SharedStrings) -> String {
        let width = sheet.rows.map(\.count).max() ?? 0
        var xml = header + "<worksheet xmlns=\"\(main)\" xmlns:r=\"\(relationships)\">"
        if width > 0, !sheet.rows.isEmpty {
            xml += "<dimension ref=\"A1:\(CellReference(row: sheet.rows.count, column: width))\"/>"
        }
        xml += "<sheetViews><sheetView workbookViewId=\"0\"\(selected ? " tabSelected=\"1\"" : "")>"
        if sheet.freezesHeader, sheet.rows.count > 1 {
            xml +=
                "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>"
        }
        xml += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
        if width > 0 {
            xml += "<cols>"
            for column in 0..<width {
                let longest = sheet.rows.map { column < $0.count ? $0[column].displayLength : 0 }.max() ?? 0
                let characters = min(60, max(8, longest + 2))
                xml += "<col min=\"\(column + 1)\" max=\"\(column + 1)\" width=\"\(characters)\" customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        for (rowIndex, row) in sheet.rows.enumerated() {
            xml += "<row r=\"\(rowIndex + 1)\">"
            for (columnIndex, cell) in row.enumerated() {
                let reference = CellReference(row: rowIndex + 1, column: columnIndex + 1)
                xml += cellXML(cell, at: reference, styles: styles, strings: &strings)
            }
            xml += "</row>"
        }
        return xml + "</sheetData></worksheet>"
    }

    static func cellXML(_ cell: Cell, at reference: CellReference, styles: CellStyles, strings: inout SharedStrings)
        -> String
    {
        switch cell {
        case .empty:
            return ""
        case .text(let text):
            return "<c r=\"\(reference)\" t=\"s\"><v>\(strings.index(text))</v></c>"
        case .heading(let text):
            return "<c r=\"\(reference)\" s=\"\(CellStyles.heading)\" t=\"s\"><v>\(strings.index(text))</v></c>"
        case .number(let text):
            // Anything that is not a plain decimal is kept as the text it is.
            guard let places = cell.decimalPlaces else {
                return cellXML(.text(text), at: reference, styles: styles, strings: &strings)
            }
            return "<c r=\"\(reference)\" s=\"\(styles.decimals(places))\"><v>\(DecimalText.xml(text))</v></c>"
        case .integer(let value):
            return "<c r=\"\(reference)\" s=\"\(styles.decimals(0))\"><v>\(value)</v></c>"
        case .date(let year, let month, let day):
            let serial = DateSerial.serial(year: year, month: month, day: day)
            return "<c r=\"\(reference)\" s=\"\(CellStyles.date)\"><v>\(serial)</v></c>"
        }
    }
}

extension Cell {
    /// About how many characters wide the cell shows, for its column's width.
    var displayLength: Int {
        switch self {
        case .empty: 0
        case .text(let text), .heading(let text), .number(let text): text.count
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
