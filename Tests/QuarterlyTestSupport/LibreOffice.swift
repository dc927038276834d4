import Foundation

/// LibreOffice in headless mode, as a reader of our spreadsheets and a writer of test
/// fixtures (`scripts/setup-checks` installs it: Debian's libreoffice-calc-nogui).
public enum LibreOffice {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Converts each file with the filter (e.g. `xlsx`, or `Fixtures`' CSV filter) into
    /// `folder`, using a profile of its own so runs do not share one.
    public static func convert(_ files: [URL], filter: String, into folder: URL) throws {
        let profile = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: profile) }
        let arguments =
            [
                "-env:UserInstallation=file://\(profile.path)", "--headless", "--norestore", "--convert-to", filter,
                "--outdir", folder.path,
            ] + files.map(\.path)
        let (status, stdout, stderr) = try QuarterlyCommand.run(arguments, executable: executable())
        guard status == 0 else { throw Failure(description: "soffice failed (\(status)): \(stdout) \(stderr)") }
    }

    /// CSV of every sheet, each into `<file>-<sheet>.csv`: UTF-8, comma, `"`, cells as shown.
    public static let csvOfEverySheet =
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true,false,false,-1"

    static func executable() throws -> URL {
        for path in ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/usr/local/bin/soffice"]
        where FileManager.default.isExecutableFile(atPath: path) {
            return URL(fileURLWithPath: path)
        }
        throw Failure(
            description:
                "LibreOffice is not installed: run `source scripts/setup-checks` (it installs libreoffice-calc-nogui)"
        )
    }
}
