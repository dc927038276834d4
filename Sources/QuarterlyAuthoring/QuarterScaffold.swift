import Foundation
import QuarterlyModel

/// `quarterly new-quarter`: a new quarter's folder, pre-filled from the latest earlier
/// quarter so officers only edit. Every carried-over update says so in a `review:` line,
/// which blocks publishing until someone has checked it.
public struct QuarterScaffold {
    /// One file to write, relative to the content folder.
    public struct File: Sendable, Equatable {
        public let path: String
        public let text: String
    }

    public let quarter: QuarterID
    public let files: [File]
    /// The quarter the updates were carried over from (nil for a site's first quarter).
    public let source: QuarterID?

    /// Plans the files from the content graph (nothing is written).
    public init(quarter: QuarterID, graph: ContentGraph) {
        self.quarter = quarter
        let previous = graph.quarters.map(\.id).filter { $0 < quarter }.max()
        source = previous
        let periodEnd = quarter.periodEnd(financialYearStart: graph.site.financialYearStart)
        var index: [(String, String)] = [("status", "draft"), ("period_end", periodEnd.iso)]
        if let previous, previous.startYear == quarter.startYear, let plan = graph.quarter(previous)?.plan {
            index.append(("plan", YAMLText.quoted(plan)))
        }
        var files = [
            File(path: "quarters/\(quarter.slug)/index.md", text: FrontMatterEditor(keys: index, body: "").text)
        ]
        if let previous {
            // What each update carries, and whether only within the plan year, is in its field declarations.
            let sameYear = previous.startYear == quarter.startYear
            func file(_ folder: String, _ id: String, _ keys: [(key: String, text: String)]) -> File {
                let note = ("review", YAMLText.quoted("carried over from \(previous.label)"))
                return File(
                    path: "quarters/\(quarter.slug)/\(folder)/\(id).md",
                    text: FrontMatterEditor(keys: keys.map { ($0.key, $0.text) } + [note], body: "").text)
            }
            // Only what the new quarter's plan still has: a plan year can drop items.
            let plan = graph.plan(in: quarter)
            for update in graph.actionUpdates(in: previous)
            where update.rag != .complete && plan.contains(action: update.actionID) {
                files.append(
                    file(
                        "actions", update.actionID, ActionUpdate.fields.carried(from: update, withinPlanYear: sameYear))
                )
            }
            for update in graph.measureUpdates(in: previous) where plan.contains(measure: update.measureID) {
                files.append(
                    file(
                        "measures", update.measureID,
                        MeasureUpdate.fields.carried(from: update, withinPlanYear: sameYear)))
            }
        }
        self.files = files
    }

    /// Writes the files into a new folder beside the quarter's, then renames it into
    /// place: the quarter appears whole or not at all, and an existing one is never touched.
    public func write(into contentDirectory: String) throws {
        let fileManager = FileManager.default
        let quarters = URL(fileURLWithPath: contentDirectory).appendingPathComponent("quarters")
        let destination = quarters.appendingPathComponent(quarter.slug)
        guard !fileManager.fileExists(atPath: destination.path) else {
            throw ScaffoldError.quarterExists(destination.path)
        }
        let staging = quarters.appendingPathComponent(".\(quarter.slug).new-\(UUID().uuidString)")
        do {
            for file in files {
                let relative = String(file.path.dropFirst("quarters/\(quarter.slug)/".count))
                let url = staging.appendingPathComponent(relative)
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.text.utf8).write(to: url)
            }
            // rename(2) refuses to replace a non-empty folder, so a quarter created meanwhile survives.
            try fileManager.moveItem(at: staging, to: destination)
        } catch {
            try? fileManager.removeItem(at: staging)
            throw fileManager.fileExists(atPath: destination.path)
                ? ScaffoldError.quarterExists(destination.path) : error
        }
    }
}

public enum ScaffoldError: Error, CustomStringConvertible {
    case quarterExists(String)

    public var description: String {
        switch self {
        case .quarterExists(let path): "\(path) already exists: new-quarter never overwrites a quarter"
        }
    }
}
