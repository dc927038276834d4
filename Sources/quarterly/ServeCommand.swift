import ArgumentParser
import Dispatch
import Foundation
import QuarterlyServe

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site, drafts included, at http://127.0.0.1:PORT/, rebuilt whenever a file changes.")

    @Option(name: .long, help: "The content folder.") var content = "content"
    @Option(
        name: .long,
        help:
            "A folder of templates and assets replacing the built-in ones of the same names (default: templates/ beside the content folder, if there is one)."
    ) var templates: String?
    @Option(name: .long, help: "The port to listen on (this machine only).") var port: UInt16 = 8000
    @Flag(name: .long, help: "Print each step of every reload with its time.") var verbose = false

    func run() throws {
        let server: PreviewServer
        do {
            server = try PreviewServer(content: content, templates: templates, port: port, verbose: verbose) {
                Console.error($0)
            }
        } catch let failure as ListenFailure {
            Console.error("error: \(failure)")
            let other = port == 0 || port == .max ? 8001 : port + 1
            Console.error(
                failure.inUse
                    ? "    hint: Another program (perhaps another `quarterly serve`) is listening there. Stop it, or "
                        + "choose another port: --port \(other) (or --port 0 for any free one)."
                    : "    hint: Choose another port: --port \(other) (or --port 0 for any free one).")
            throw ContentErrors()
        }
        // Unbuffered, so it shows at once even when output goes to a file.
        FileHandle.standardOutput.write(
            Data(
                "Previewing \(content)/ with drafts at http://127.0.0.1:\(server.port)/ — press Ctrl-C to stop.\n".utf8)
        )
        Task { await server.run() }
        dispatchMain()
    }
}
