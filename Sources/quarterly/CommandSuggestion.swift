import ArgumentParser
import QuarterlyModel

/// "Did you mean `build`?" for `quarterly biuld`.
enum CommandSuggestion {
    /// The problem with the first argument when it names no command, or nil.
    static func unknownCommand(in arguments: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        let commands = Quarterly.configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
        guard !commands.contains(first) else { return nil }
        return "`\(first)` is not a quarterly command. "
            + (Suggestion.closest(to: first, among: commands).map { "Did you mean `\($0)`? " } ?? "")
            + "The commands are: \(commands.dropLast().joined(separator: ", "))."
    }
}
