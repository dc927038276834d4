import Foundation

/// Reads the sheets of an `.xlsx` file: each non-empty cell with its reference and its
/// value as the sheet shows it (numbers through their number format, shared and inline
/// strings, booleans, error values). Formulas are read as their cached results.
public struct XLSXFile: Sendable {
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let description: String
        /// The sheet and cell the problem is at, when it is in one: the cell as the file
        /// names it (`XFD1048577`, even when that is no cell), nil when it names none.
        public let sheet: String?
        public let cell: String?

        init(description: String, sheet: String? = nil, cell: String? = nil) {
            self.description = description
            self.sheet = sheet
            self.cell = cell
        }
    }

    /// The sheets in workbook order, with the package path of each.
    public let sheetNames: [String]
    private let sheetPaths: [String]
    private let strings: [String]
    private let formats: [NumberFormat]
    private let parts: [String: [UInt8]]

    /// No spreadsheet of figures comes near these; a larger one is refused rather than
    /// unpacked into memory.
    static let limits = ZipArchive.Limits(part: 64 << 20, total: 128 << 20)

    public init(data: Data) throws(Failure) {
        let parts: [String: [UInt8]]
        do { parts = try ZipArchive.read([UInt8](data), limits: Self.limits) } catch {
            throw Failure(
                description: error.description == "it is not a ZIP package"
                    ? "this is not an .xlsx file (it cannot be read as a ZIP package)" : error.description)
        }
        self.parts = parts
        let workbookPath =
            try Self.relationships(in: parts, for: "")
            .first { $0.type.hasSuffix("/officeDocument") }?.target ?? "xl/workbook.xml"
        guard let workbook = parts[workbookPath] else {
            throw Failure(description: "it has no workbook (\(workbookPath)): is it a spreadsheet?")
        }
        let folder = Self.folder(of: workbookPath)
        let targets = Dictionary(
            try Self.relationships(in: parts, for: workbookPath).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var names: [String] = []
        var paths: [String] = []
        try Self.scan(workbook, workbookPath) { event in
            if case .start("sheet", let attributes, _) = event, let name = attributes["name"],
                let id = attributes["id"], let target = targets[id]
            {
                names.append(name)
                paths.append(Self.resolve(target.target, in: folder))
            }
        }
        // Excel allows none; one would break the one-line message that names the sheet.
        if let name = names.first(where: { $0.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } }) {
            throw Failure(description: "its workbook names a sheet \(ZipArchive.shown(name)) with a control character")
        }
        sheetNames = names
        sheetPaths = paths
        let stylesPath = targets.values.first { $0.type.hasSuffix("/styles") }.map {
            Self.resolve($0.target, in: folder)
        }
        let stringsPath = targets.values.first { $0.type.hasSuffix("/sharedStrings") }.map {
            Self.resolve($0.target, in: folder)
        }
        if let stylesPath, let bytes = parts[stylesPath] {
            formats = try Self.formats(bytes, stylesPath)
        } else {
            formats = []
        }
        if let stringsPath, let bytes = parts[stringsPath] {
            strings = try Self.sharedStrings(bytes, stringsPath)
        } else {
            strings = []
        }
    }

    /// The named sheet, or the first when `name` is nil; names are matched ignoring case.
    public func sheet(_ name: String? = nil) throws(Failure) -> ReadSheet {
        let index: Int
        if let name {
            guard let found = sheetNames.firstIndex(where: { $0.lowercased() == name.lowercased() }) else {
                throw Failure(
                    description: "it has no sheet `\(name)`; its sheets are "
                        + sheetNames.map { "`\($0)`" }.joined(separator: ", "))
            }
            index = found
        } else {
            guard !sheetNames.isEmpty else { throw Failure(description: "it has no sheets") }
            index = 0
        }
        guard let bytes = parts[sheetPaths[index]] else {
            throw Failure(description: "its sheet `\(sheetNames[index])` is missing (\(sheetPaths[index]))")
        }
        return ReadSheet(
            name: sheetNames[index], cells: try cells(bytes, sheetPaths[index], sheet: sheetNames[index]))
    }

    // MARK: Parts

    private func cells(_ bytes: [UInt8], _ path: String, sheet: String) throws(Failure) -> [ReadCell] {
        var cells: [ReadCell] = []
        var row = 0
        var column = 0
        var current: (reference: CellReference, type: String, style: Int)?
        var value: String?
        var inline = ""
        var inValue = false
        var inInlineText = false
        var failure: Failure?
        try Self.scan(until: bytes, path) { event in
            switch event {
            case .start("row", let attributes, _):
                row = attributes["r"].map { Int($0) ?? 0 } ?? row + 1
                column = 0
                guard (1...CellReference.maxRow).contains(row) else {
                    failure = Failure(
                        description:
                            "its sheet `\(sheet)` has a row numbered \(ZipArchive.shown(attributes["r"] ?? "")), past the last a sheet can have (\(CellReference.maxRow))",
                        sheet: sheet)
                    return false
                }
            case .start("c", let attributes, let selfClosing):
                let written = attributes["r"]
                guard
                    let reference = written.map(CellReference.init)
                        ?? CellReference(row: row, column: column + 1, checked: ())
                else {
                    let named = written ?? CellReference.letters(column + 1) + String(row)
                    failure = Failure(
                        description:
                            "its sheet `\(sheet)` has a cell at \(ZipArchive.shown(named)), which is not a cell between A1 and XFD1048576",
                        sheet: sheet, cell: CellReference.looksLikeOne(named) ? named : nil)
                    return false
                }
                column = reference.column
                current = (reference, attributes["t"] ?? "n", attributes["s"].flatMap { Int($0) } ?? 0)
                (value, inline) = (nil, "")
                if selfClosing { current = nil }
            case .start("v", _, false): inValue = true
            case .end("v"): inValue = false
            case .start("t", _, false): inInlineText = current != nil
            case .end("t"): inInlineText = false
            case .text(let text):
                if inValue { value = (value ?? "") + text } else if inInlineText { inline += text }
            case .end("c"):
                if let cell = current {
                    do throws(CellProblem) {
                        if let read = try self.value(type: cell.type, style: cell.style, value, inline) {
                            cells.append(ReadCell(reference: cell.reference, value: read))
                        }
                    } catch {
                        failure = Failure(
                            description: "its cell \(cell.reference) \(error.problem)", sheet: sheet,
                            cell: cell.reference.description)
                        return false
                    }
                }
                current = nil
            default: break
            }
            return true
        }
        if let failure { throw failure }
        return cells
    }

    struct CellProblem: Error {
        let problem: String
    }

    private func value(type: String, style: Int, _ stored: String?, _ inline: String) throws(CellProblem)
        -> CellValue?
    {
        switch type {
        case "s":
            guard let stored else { return nil }
            guard let index = Int(stored), strings.indices.contains(index) else {
                throw CellProblem(
                    problem:
                        "refers to shared string \(ZipArchive.shown(stored)), but the workbook has \(strings.count) (numbered from 0)"
                )
            }
            return .text(strings[index])
        case "inlineStr": return .text(inline)
        case "str": return stored.map(CellValue.text)
        case "b": return stored.map { .boolean($0 == "1") }
        case "e": return stored.map(CellValue.error)
        default:
            guard let stored, !stored.isEmpty else { return nil }
            let format = style < formats.count ? formats[style] : .general
            if format.kind == .date, let serial = Double(stored) {
                // Excel's dates run from 1900 to 9999 (serial 2958465); it shows ##### past them.
                guard (0..<2_958_466).contains(serial) else {
                    throw CellProblem(
                        problem: "is formatted as a date but holds \(ZipArchive.shown(stored)), which is no date")
                }
                let date = DateSerial.date(serial: Int(serial.rounded(.down)))
                return .date(String(format: "%04d-%02d-%02d", date.year, date.month, date.day))
            }
            return format.shown(stored).map(CellValue.number) ?? .text(stored)
        }
    }

    /// Each cell style's number format, by style index.
    private static func formats(_ bytes: [UInt8], _ path: String) throws(Failure) -> [NumberFormat] {
        var custom: [Int: NumberFormat] = [:]
        var styles: [NumberFormat] = []
        var inCellXfs = false
        try scan(bytes, path) { event in
            switch event {
            case .start("numFmt", let attributes, _):
                if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] {
                    custom[id] = NumberFormat(code: code)
                }
            case .start("cellXfs", _, let selfClosing): inCellXfs = !selfClosing
            case .end("cellXfs"): inCellXfs = false
            case .start("xf", let attributes, _) where inCellXfs:
                let id = attributes["numFmtId"].flatMap(Int.init) ?? 0
                styles.append(custom[id] ?? NumberFormat.builtIn(id))
            default: break
            }
        }
        return styles
    }

    /// Each shared string: the text of its runs (not of phonetic guides).
    private static func sharedStrings(_ bytes: [UInt8], _ path: String) throws(Failure) -> [String] {
        var strings: [String] = []
        var current = ""
        var inText = false
        var inPhonetic = false
        try scan(bytes, path) { event in
            switch event {
            case .start("si", _, let selfClosing):
                current = ""
                if selfClosing { strings.append("") }
            case .end("si"): strings.append(current)
            case .start("rPh", _, false): inPhonetic = true
            case .end("rPh"): inPhonetic = false
            case .start("t", _, false): inText = !inPhonetic
            case .end("t"): inText = false
            case .text(let text) where inText: current += text
            default: break
            }
        }
        return strings
    }

    struct Relationship {
        let id: String
        let type: String
        let target: String
    }

    /// The relationships of a part (`""` for the package itself).
    private static func relationships(in parts: [String: [UInt8]], for part: String) throws(Failure) -> [Relationship] {
        let folder = Self.folder(of: part)
        let name = part.split(separator: "/").last.map(String.init) ?? ""
        let path = folder + "_rels/" + name + ".rels"
        guard let bytes = parts[path] else { return [] }
        var found: [Relationship] = []
        try scan(bytes, path) { event in
            if case .start("Relationship", let attributes, _) = event, let id = attributes["Id"],
                let type = attributes["Type"], let target = attributes["Target"]
            {
                found.append(Relationship(id: id, type: type, target: target))
            }
        }
        return found
    }

    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    /// A relationship's target as a package path: absolute (`/xl/…`) or relative to the part's folder.
    private static func resolve(_ target: String, in folder: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = folder.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }

    private static func scan(_ bytes: [UInt8], _ path: String, _ each: (XMLScanner.Event) -> Void) throws(Failure) {
        try scan(until: bytes, path) { event in
            each(event)
            return true
        }
    }

    /// Each event of a part, until `each` returns false.
    private static func scan(until bytes: [UInt8], _ path: String, _ each: (XMLScanner.Event) -> Bool)
        throws(Failure)
    {
        var scanner = XMLScanner(bytes)
        do {
            while let event = try scanner.next(), each(event) {}
        } catch {
            throw Failure(description: "its part \(path) is not well-formed XML: \(error)")
        }
    }
}

/// One sheet's non-empty cells, in the order the file gives them (row by row).
public struct ReadSheet: Sendable {
    public let name: String
    public let cells: [ReadCell]
}

public struct ReadCell: Sendable, Equatable {
    public let reference: CellReference
    public let value: CellValue
}

public enum CellValue: Sendable, Equatable {
    case text(String)
    /// The number as its format shows it, without `%`, currency or thousands separators.
    case number(String)
    case boolean(Bool)
    /// An ISO date, `2019-09-30`.
    case date(String)
    /// An error value such as `#DIV/0!` or `#N/A`.
    case error(String)
}
