import ArgumentParser
import Dispatch
import Foundation
import QuarterlyServe

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site, drafts included, at http://127.0.0.1:PORT/, rebuilt whenever a file changes.")

    @Option(name: .long, help: "The content folder.") var content = "content"
    @Option(name: .long, help: "The templates folder.") var templates = "templates"
    @Option(name: .long, help: "The port to listen on (this machine only).") var port: UInt16 = 8000
    @Flag(name: .long, help: "Print each step of every reload with its time.") var verbose = false

    func run() throws {
        let server = try PreviewServer(content: content, templates: templates, port: port, verbose: verbose) {
            Console.error($0)
        }
        Task {
            do {
                async let running: Void = server.run()
                try await server.waitUntilListening()
                let port = await server.port ?? port
                // Unbuffered, so it shows at once even when output goes to a file.
                FileHandle.standardOutput.write(
                    Data(
                        "Previewing \(content)/ with drafts at http://127.0.0.1:\(port)/ — press Ctrl-C to stop.\n".utf8
                    ))
                try await running
            } catch {
                Console.error("error: cannot serve on port \(port): \(error)")
                Foundation.exit(1)
            }
        }
        dispatchMain()
    }
}
