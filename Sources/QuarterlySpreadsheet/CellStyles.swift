/// The workbook's styles part: a bold font for headings, a `yyyy-mm-dd` date format, and
/// one number format per count of decimal places the numbers were written with (`0`,
/// `0.0`, `0.00`…), so every figure shows exactly the digits it was written with.
struct CellStyles {
    /// Indices into `cellXfs`.
    static let heading = 1
    static let date = 2
    /// The most decimal places any number has (known once every sheet is written).
    let places: Int

    /// The style of a number with this many decimal places.
    static func decimals(_ count: Int) -> Int { 3 + count }

    /// Custom number formats start at 164; 164 is the date.
    static let dateFormat = 164

    var xml: String {
        var formats = "<numFmt numFmtId=\"\(Self.dateFormat)\" formatCode=\"yyyy\\-mm\\-dd\"/>"
        var xfs =
            "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            + "<xf numFmtId=\"\(Self.dateFormat)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        for count in 0...places {
            let id = Self.dateFormat + 1 + count
            let code = count == 0 ? "0" : "0." + String(repeating: "0", count: count)
            formats += "<numFmt numFmtId=\"\(id)\" formatCode=\"\(code)\"/>"
            xfs +=
                "<xf numFmtId=\"\(id)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        }
        return XLSXParts.header + "<styleSheet xmlns=\"\(XLSXParts.main)\">"
            + "<numFmts count=\"\(places + 2)\">\(formats)</numFmts>"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"\(places + 4)\">\(xfs)</cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>"
    }
}

/// A plain decimal as a cell's stored number: what XML Schema's double allows, with the
/// value unchanged (`+5` → `5`, `.5` → `0.5`, `5.` → `5`).
enum DecimalText {
    static func xml(_ text: String) -> String {
        var digits = Substring(text)
        var sign = ""
        if let first = digits.first, first == "-" || first == "+" {
            if first == "-" { sign = "-" }
            digits = digits.dropFirst()
        }
        if digits.hasPrefix(".") { digits = "0" + digits }
        if digits.hasSuffix(".") { digits = digits.dropLast() }
        return sign + digits
    }
}

/// Spreadsheet dates: days since 30 December 1899 (Excel's and LibreOffice's day 0 for
/// every date after February 1900).
package enum DateSerial {
    package static func serial(year: Int, month: Int, day: Int) -> Int {
        days(year: year, month: month, day: day) - days(year: 1899, month: 12, day: 30)
    }

    package static func date(serial: Int) -> (year: Int, month: Int, day: Int) {
        civil(days: serial + days(year: 1899, month: 12, day: 30))
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func civil(days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
