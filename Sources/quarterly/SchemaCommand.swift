import ArgumentParser
import Foundation
import QuarterlyContent
import QuarterlyModel

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print JSON Schemas of each kind of file's front matter, for editors that validate YAML.",
        discussion:
            "Kinds: \(FrontMatterSchema.kinds.map(\.rawValue).joined(separator: ", ")). With no kind, all are printed (or written with --output). Every key is described in docs/fields.md."
    )

    @Argument(help: "One kind of file, e.g. measure-update.") var kind: String?
    @Option(name: .long, help: "Write <kind>.schema.json files into this folder instead of printing.") var output:
        String?

    func run() throws {
        let kinds: [ContentKind]
        if let kind {
            guard let one = ContentKind(rawValue: kind), FrontMatterSchema.kinds.contains(one) else {
                throw ValidationError(
                    "unknown kind `\(kind)`: use one of \(FrontMatterSchema.kinds.map(\.rawValue).joined(separator: ", "))"
                )
            }
            kinds = [one]
        } else {
            kinds = FrontMatterSchema.kinds
        }
        if let output {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            for kind in kinds {
                let path = output + "/" + kind.rawValue + ".schema.json"
                try Data(FrontMatterSchema.text(kind).utf8).write(to: URL(fileURLWithPath: path))
                print("\(path)  (\(kind.files))")
            }
        } else if kinds.count == 1 {
            print(FrontMatterSchema.text(kinds[0]), terminator: "")
        } else {
            // All kinds as one JSON object, kind → schema.
            let all = Dictionary(uniqueKeysWithValues: kinds.map { ($0.rawValue, FrontMatterSchema.document($0)) })
            let data = try JSONSerialization.data(withJSONObject: all, options: [.prettyPrinted, .sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        }
    }
}
