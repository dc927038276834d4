import Foundation
import QuarterlyBuiltins
import QuarterlyModel

/// `quarterly init`: a council's new site repository, from the starter Quarterly carries
/// (the repository's `starter/` folder): `site.yml`, an outcome, an action and a measure,
/// a draft quarter with their updates, a README for the council's team, `.gitignore` and
/// a CI workflow. It checks clean and builds at once.
public struct SiteStarter {
    /// One file to write, relative to the new site's folder.
    public struct File: Sendable, Equatable {
        public let path: String
        public let data: Data
    }

    /// The draft quarter: the one that ended most recently, the report a team starts on.
    public let quarter: QuarterID
    public let files: [File]

    /// Plans the files (nothing is written). `today` picks the draft quarter.
    public init(organisation: String, title: String, today: CalendarDate = .today) {
        quarter = Self.lastEndedQuarter(before: today)
        let words = [
            "ORGANISATION": organisation, "TITLE": title, "QUARTER": quarter.slug, "NEXT_QUARTER": quarter.next.slug,
            "YEAR": quarter.financialYear, "VERSION": Builtins.version,
        ]
        files = Builtins.starter.map { file in
            // In YAML the words stand inside double quotes, so they are escaped for them.
            let isYAML = file.path.hasSuffix(".yml")
            let text = Self.fill(file.text) { name in
                guard let word = words[name] else { return nil }
                return isYAML ? String(YAMLText.quoted(word).dropFirst().dropLast()) : word
            }
            return File(path: Self.fill(file.path) { words[$0] }, data: Data(text.utf8))
        }
    }

    /// The quarter of an April-to-March year that ended last before `date`.
    package static func lastEndedQuarter(before date: CalendarDate) -> QuarterID {
        let startYear = date.month >= 4 ? date.year : date.year - 1
        let current = QuarterID(startYear: startYear, number: (date.month + 8) % 12 / 3 + 1)!
        return current.previous
    }

    /// `text` with each `%NAME%` whose name `word` knows replaced by its word.
    package static func fill(_ text: String, _ word: (String) -> String?) -> String {
        var result = ""
        var rest = Substring(text)
        while let start = rest.firstIndex(of: "%") {
            result += rest[..<start]
            let after = rest.index(after: start)
            if let end = rest[after...].firstIndex(of: "%"), let replacement = word(String(rest[after..<end])) {
                result += replacement
                rest = rest[rest.index(after: end)...]
            } else {
                result += "%"
                rest = rest[after...]
            }
        }
        return result + rest
    }

    /// Writes the files into `folder`, which must not exist yet, or be empty (an empty
    /// git repository's clone, holding only `.git`, counts as empty): it never overwrites.
    public func write(into folder: String) throws(StarterError) {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        let exists = fileManager.fileExists(atPath: folder, isDirectory: &isDirectory)
        if exists {
            guard isDirectory.boolValue else { throw .notAFolder(folder) }
            let entries = (try? fileManager.contentsOfDirectory(atPath: folder)) ?? []
            let others = entries.filter { $0 != ".git" }.sorted()
            guard others.isEmpty else { throw .notEmpty(folder, others) }
        }
        do {
            try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for file in files {
                let url = URL(fileURLWithPath: folder).appendingPathComponent(file.path)
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.data.write(to: url, options: .withoutOverwriting)
            }
        } catch {
            // All or nothing: the folder held nothing but `.git`, so everything else goes.
            if exists {
                for entry in (try? fileManager.contentsOfDirectory(atPath: folder)) ?? [] where entry != ".git" {
                    try? fileManager.removeItem(atPath: folder + "/" + entry)
                }
            } else {
                try? fileManager.removeItem(atPath: folder)
            }
            throw .cannotWrite(folder, error.localizedDescription)
        }
    }
}

public enum StarterError: Error, CustomStringConvertible {
    case notAFolder(String)
    case notEmpty(String, [String])
    case cannotWrite(String, String)

    public var description: String {
        switch self {
        case .notAFolder(let path): "\(path) is a file, not a folder"
        case .notEmpty(let path, let entries):
            "\(path) is not empty (it holds \(entries.prefix(3).map { "`\($0)`" }.joined(separator: ", "))"
                + (entries.count > 3 ? ", …" : "") + "): init never writes over anything"
        case .cannotWrite(let path, let reason): "cannot write the site into \(path): \(reason)"
        }
    }
}
