import CLibFuzzer
import Foundation
import QuarterlyContent
import QuarterlyModel

@main
enum FuzzContent {
    static func main() {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(
            LLVMFuzzerRunDriver(&argc, &argv) { data, size in
                guard let data else { return 0 }
                return fuzzContentFile(data, size)
            })
    }
}

/// One input. The first byte chooses where the file sits (site.yml, an
/// action, a measure update…); the rest is the file. Crashes, hangs (-timeout) and
/// memory errors (AddressSanitizer, also over libyaml's C) are what libFuzzer reports;
/// the checks below make a malformed diagnostic count as a crash too.
func fuzzContentFile(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let places = ContentKind.allCases
    let place = places[Int(data[0]) % places.count]
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let diagnostics = SingleFileCheck.diagnostics(for: bytes, at: place)
    for diagnostic in diagnostics {
        check(diagnostic, place: place, bytes: bytes)
    }
    return 0
}

/// What every diagnostic promises an officer: it names this file, points inside it,
/// says what is wrong and how to fix it, on one line that a terminal shows as written.
func check(_ diagnostic: Diagnostic, place: ContentKind, bytes: [UInt8]) {
    func fail(_ why: String) -> Never {
        fatalError("\(why): \(diagnostic.description.debugDescription)")
    }
    if diagnostic.path != "content/" + SingleFileCheck.samplePath(of: place) { fail("wrong path") }
    let lines = bytes.count { $0 == 0x0A || $0 == 0x0D } + 1
    if diagnostic.line < 1 || diagnostic.line > lines + 1 { fail("line outside the file (\(lines) lines)") }
    if diagnostic.column < 1 { fail("column before the line") }
    if diagnostic.message.isEmpty { fail("no message") }
    if diagnostic.isError, (diagnostic.hint ?? "").isEmpty { fail("an error without a hint") }
    let shown = diagnostic.message + (diagnostic.hint ?? "")
    if shown.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
        fail("a control character reaches the terminal")
    }
}
