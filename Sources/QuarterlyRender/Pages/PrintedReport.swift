import Foundation
import QuarterlyModel

/// What the build knows of a report it printed to PDF: the quarter page tells readers
/// the file's size and length before they download it, as GOV.UK does for attachments.
public struct PrintedReport: Sendable, Equatable {
    public let bytes: Int
    public let pages: Int

    public init(bytes: Int, pages: Int) {
        self.bytes = bytes
        self.pages = pages
    }

    /// "640 KB", "1.2 MB": in units of 1,024 bytes, as GOV.UK shows attachments
    /// (`reportPDF.bytes`, `reportPDF.kilobytes`, `reportPDF.megabytes`).
    public func size(in words: Catalogue) -> String {
        let kilobytes = Double(bytes) / 1024
        if bytes < 1024 { return words.text("reportPDF.bytes", ["count": .count(bytes)]) }
        if kilobytes.rounded() < 1000 {
            return words.text("reportPDF.kilobytes", ["size": .text(String(Int(kilobytes.rounded())))])
        }
        return words.text("reportPDF.megabytes", ["size": .text(String(format: "%.1f", kilobytes / 1024))])
    }
}
