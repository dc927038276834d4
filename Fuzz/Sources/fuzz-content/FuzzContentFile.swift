import CLibFuzzer
import Foundation
import QuarterlyContent
import QuarterlyMarkdown
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
/// the checks below make a malformed diagnostic, and a body that `check` accepts but
/// that is slow to render, count as a crash too.
func fuzzContentFile(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let start = threadCPUSeconds()
    defer {
        // Each input must take under a second, as every hostile file must. Counted on the
        // thread's CPU clock: libFuzzer's -timeout counts wall time, which a machine shared
        // with other builds stretches (an input that takes 0.4 ms once waited 18 s).
        let spent = threadCPUSeconds() - start
        if spent > 1 { fatalError("slow input: \(spent) s of CPU time, over 1 s") }
    }
    let places = ContentKind.allCases
    let place = places[Int(data[0]) % places.count]
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let (diagnostics, bodies) = SingleFileCheck.check(bytes, at: place)
    for diagnostic in diagnostics {
        check(diagnostic, place: place, bytes: bytes)
    }
    for body in bodies {
        render(body)
    }
    return 0
}

/// Renders a body `check` accepted, on this thread's CPU clock (other builds on the
/// machine do not count). Within `MarkdownLimits`, the slowest inputs found take about
/// 1.6 µs a byte, and rendering grows linearly; 50 ms and 10 µs a byte leaves room for
/// that, and not for growth with the square of the input, which took 0.2 to 0.7 s for
/// 8 to 16 KB when unchecked (wide tables, runs of quote marks).
func render(_ body: String) {
    let budget = 0.05 + 10e-6 * Double(body.utf8.count)
    let start = threadCPUSeconds()
    _ = Markdown.html(body, headingLevel: 3)
    let spent = threadCPUSeconds() - start
    if spent > budget {
        fatalError(
            "slow Markdown: \(body.utf8.count) bytes took \(spent) s of CPU time, over its \(budget) s budget")
    }
}

func threadCPUSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
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
