/// What the build knows of a report it printed to PDF: the quarter page tells readers
/// the file's size and length before they download it, as GOV.UK does for attachments.
public struct PrintedReport: Sendable, Equatable {
    public let bytes: Int
    public let pages: Int

    public init(bytes: Int, pages: Int) {
        self.bytes = bytes
        self.pages = pages
    }

    /// "640 KB", "1.2 MB": in units of 1,024 bytes, as GOV.UK shows attachments.
    public var size: String {
        let kilobytes = Double(bytes) / 1024
        if bytes < 1024 { return "\(bytes) bytes" }
        if kilobytes.rounded() < 1000 { return "\(Int(kilobytes.rounded())) KB" }
        return String(format: "%.1f MB", kilobytes / 1024)
    }
}
