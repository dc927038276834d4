/// Writes a `Workbook` as an Office Open XML spreadsheet (`.xlsx`): the handful of XML
/// parts Excel and LibreOffice need, zipped. Strings go in a shared-strings table, numbers
/// are real numbers with a number format per count of decimal places, dates are date
/// serials shown `yyyy-mm-dd`, and a sheet's header row can be frozen. The same workbook
/// always gives the same bytes.
public enum XLSXWriter {
    public static func bytes(_ workbook: Workbook) -> [UInt8] {
        ZipArchive.write(XLSXParts.entries(workbook))
    }
}
