import Foundation
import QuarterlyContent
import QuarterlyModel

/// `quarterly publish QUARTER`: records what the quarter's report shows (`published.yml`)
/// and marks it published in its `index.md`; with a correction, adds the dated correction
/// and records the report again. Planned whole from validated content, then written; on
/// any problem nothing is written.
public struct QuarterPublication {
    /// One file to write, relative to the content folder.
    public struct File: Sendable, Equatable {
        public let path: String
        public let text: String
    }

    public enum Kind: Sendable, Equatable {
        /// The quarter's report recorded for the first time.
        case published
        /// A correction added and the report recorded again.
        case corrected
        /// Already recorded, and the content still makes that report: nothing to write.
        case unchanged
    }

    public let quarter: QuarterID
    public let kind: Kind
    /// What changed in the report, for a correction.
    public let differences: [ReportDifference]
    /// Nothing for `unchanged`.
    public let files: [File]

    /// Plans the publication (nothing is written). Throws the problems that stop it: any
    /// error `check` would report once the quarter is published, and for a quarter already
    /// recorded, a change to its report without a correction (or a correction of nothing).
    public init(
        quarter: QuarterID, contentDirectory: String, date: CalendarDate, correction: String? = nil,
        datesPublishedQuarter: Bool = false
    ) throws(DiagnosticList) {
        let loaded = ContentLoader.load(from: contentDirectory)
        let index = "quarters/\(quarter.slug)/index.md"
        let indexPath = Self.shown(contentDirectory, index)
        let indexURL = URL(fileURLWithPath: contentDirectory).appendingPathComponent(index)
        guard FileManager.default.fileExists(atPath: indexURL.path) else {
            throw DiagnosticList([
                Diagnostic(
                    path: indexPath, code: .missingQuarterIndex, message: "\(quarter.label) has no index.md",
                    hint: "Check the quarter's name, or create it with `quarterly new-quarter \(quarter.slug)`.")
            ])
        }
        let reason = correction?.trimmed()
        if let reason, reason.isEmpty {
            throw Self.refusal(indexPath, "the correction's reason is empty", hint: "Say what was corrected and why.")
        }
        let publishing = Publishing(
            quarter: quarter, date: date, correction: reason, datesPublishedQuarter: datesPublishedQuarter)
        let result = ContentValidator.validate(loaded, today: date, publishing: publishing)
        // Other quarters' reports changed by the same edit each need their own correction:
        // they do not stop this one being corrected.
        let blocking = result.diagnostics.errors.filter { $0.code != .publishedReportChanged }
        guard blocking.isEmpty, let publication = result.publication else {
            throw DiagnosticList(blocking.isEmpty ? result.diagnostics.errors : blocking)
        }
        self.quarter = quarter
        differences = publication.differences
        let original = publication.stated
        switch (publication.recorded, reason) {
        case (nil, nil):
            kind = .published
        case (nil, _?):
            // A report published before records existed can be corrected; a draft has nothing to correct yet.
            guard !original.isDraft else {
                throw Self.refusal(
                    indexPath, "\(quarter.label) is a draft: there is no published report to correct",
                    hint: "Publish it first, without --correction: `quarterly publish \(quarter.slug)`.")
            }
            kind = .corrected
        case (_?, nil):
            guard publication.differences.isEmpty else { throw DiagnosticList(publication.problems) }
            // Recorded but set back to a draft: publishing again restores its status.
            kind = original.isDraft ? .published : .unchanged
        case (_?, _?):
            guard !publication.differences.isEmpty else {
                throw Self.refusal(
                    indexPath, "nothing to correct: the content makes \(quarter.label)'s report exactly as published",
                    hint: "Make the change to the content first, then record it with --correction.")
            }
            kind = .corrected
        }
        guard kind != .unchanged else {
            files = []
            return
        }
        let existing = FileManager.default.contents(atPath: indexURL.path).map { [UInt8]($0) } ?? []
        guard
            let edited = Self.edited(
                index: existing, from: original, to: publication.quarter, correcting: reason != nil)
        else {
            throw Self.refusal(
                indexPath, "cannot edit this file's front matter", hint: "Check it starts and ends with a `---` line.")
        }
        let record = File(
            path: "quarters/\(quarter.slug)/\(PublicationRecordFile.name)",
            text: PublicationRecordText.text(of: publication.report))
        // A quarter published before records existed may need nothing more in its index.
        files = [record] + (edited.utf8.elementsEqual(existing) ? [] : [File(path: index, text: edited)])
    }

    /// Writes the record, then the index; if the index cannot be written, the record is put
    /// back as it was, so the quarter is never left recorded but not published.
    public func write(into contentDirectory: String) throws {
        let folder = URL(fileURLWithPath: contentDirectory)
        let previous = files.map { FileManager.default.contents(atPath: folder.appendingPathComponent($0.path).path) }
        var written: [Int] = []
        do {
            for (number, file) in files.enumerated() {
                try Data(file.text.utf8).write(to: folder.appendingPathComponent(file.path), options: .atomic)
                written.append(number)
            }
        } catch {
            for number in written {
                let url = folder.appendingPathComponent(files[number].path)
                if let bytes = previous[number] {
                    try? bytes.write(to: url, options: .atomic)
                } else {
                    try? FileManager.default.removeItem(at: url)
                }
            }
            throw error
        }
    }

    /// The index's text with the keys publishing sets, everything else as written (its
    /// byte-order mark and Windows line endings too, when it had them).
    static func edited(index bytes: [UInt8], from original: Quarter, to published: Quarter, correcting: Bool)
        -> String?
    {
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let text = String(decoding: hasBOM ? Array(bytes.dropFirst(3)) : bytes, as: UTF8.self)
        let crlf = text.contains("\r\n")
        guard var editor = FrontMatterEditor(text: crlf ? text.replacingOccurrences(of: "\r\n", with: "\n") : text)
        else { return nil }
        if original.isDraft { editor.set("status", QuarterStatus.published.rawValue) }
        if original.published == nil, let date = published.published { editor.set("published", date.iso) }
        if correcting, let corrections = Quarter.fields.yaml(of: "corrections", in: published) {
            editor.set("corrections", corrections)
        }
        let result = crlf ? editor.text.replacingOccurrences(of: "\n", with: "\r\n") : editor.text
        return (hasBOM ? "\u{FEFF}" : "") + result
    }

    private static func refusal(_ path: String, _ message: String, hint: String) -> DiagnosticList {
        DiagnosticList([Diagnostic(path: path, code: .publicationRefused, message: message, hint: hint)])
    }

    /// A path as diagnostics show it: under the content folder as the user named it.
    private static func shown(_ contentDirectory: String, _ relative: String) -> String {
        var root = contentDirectory
        while root.count > 1, root.hasSuffix("/") { root.removeLast() }
        return root == "." ? relative : root + "/" + relative
    }
}
