import Foundation
import QuarterlyBuild

/// One line on a terminal saying which step a build is in, rewritten in place and
/// cleared at the end; nothing at all when standard error is a file or a pipe (CI logs).
struct Progress {
    let enabled: Bool

    func show(_ step: BuildStep) {
        guard enabled, let index = BuildStep.allCases.firstIndex(of: step) else { return }
        Console.write("\r\u{1B}[2KBuilding: \(step.rawValue) (\(index + 1)/\(BuildStep.allCases.count))…")
    }

    func clear() {
        if enabled { Console.write("\r\u{1B}[2K") }
    }
}
