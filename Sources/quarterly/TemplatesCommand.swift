import ArgumentParser
import Foundation
import QuarterlyBuild
import QuarterlyBuiltins

/// `quarterly templates list|eject`: the built-in templates and assets, and copies of them
/// to edit. A file in the site's templates folder replaces the built-in one of that name.
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "List the built-in templates and assets, or copy one into your templates folder to edit.",
        subcommands: [List.self, Eject.self])

    /// Where a site's own templates are: --templates, or templates/ beside the content.
    struct Place: ParsableArguments {
        @Option(name: .long, help: "The content folder; its templates folder is templates/ beside it.")
        var content = "content"
        @Option(name: .long, help: "The site's templates folder (default: templates/ beside the content folder).")
        var templates: String?

        var folder: String { templates ?? TemplateFolder.folder(besideContent: content) }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the built-in templates and assets, and which ones your templates folder replaces.")

        @OptionGroup var place: Place

        func run() {
            let folder = place.folder
            print("Built-in templates and assets of \(Builtins.versionLine):")
            let width = Builtins.templates.map(\.path.count).max() ?? 0
            for file in Builtins.templates {
                let own = folder + "/" + file.path
                let note = FileManager.default.fileExists(atPath: own) ? "replaced by \(own)" : ""
                print(
                    "  "
                        + (note.isEmpty
                            ? file.path : file.path.padding(toLength: width + 2, withPad: " ", startingAt: 0) + note))
            }
            print(
                "Copy one into \(folder)/ to change it: quarterly templates eject NAME (e.g. partials/rag, assets/quarterly.css)."
            )
        }
    }

    struct Eject: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy built-in templates or assets into your templates folder, to edit them there.")

        @Argument(
            help: "What to copy: a path from `quarterly templates list`, e.g. partials/rag or assets/quarterly.css.")
        var names: [String]
        @OptionGroup var place: Place
        @Flag(name: .long, help: "Replace your copy if you already have one.") var force = false

        func validate() throws {
            if names.isEmpty {
                throw ValidationError("name what to copy, e.g. `quarterly templates eject partials/rag`")
            }
        }

        func run() throws {
            var failed = false
            for name in names {
                switch TemplateEject.builtin(named: name) {
                case .success(let file):
                    do {
                        let path = try TemplateEject.write(file, into: place.folder, replacing: force)
                        print("Copied \(file.path) to \(path): edit it there; it replaces the built-in one.")
                    } catch {
                        Console.error("error: \(error)")
                        failed = true
                    }
                case .failure(let unknown):
                    Console.error("error: \(unknown)")
                    Console.error("    hint: `quarterly templates list` lists every built-in template and asset.")
                    failed = true
                }
            }
            if failed { throw ContentErrors() }
        }
    }
}
