import Foundation
import QuarterlyBuild
import QuarterlyModel
import QuarterlyRender
import QuarterlyTestSupport
import Testing

@Suite("Reports printed to PDF")
struct ReportPrintingTests {
    /// A program in a temporary folder: a stand-in for Chromium.
    static func program(_ name: String, in folder: URL, script: String = "#!/bin/sh\nexit 0\n") throws -> URL {
        let program = folder.appendingPathComponent(name)
        try Data(script.utf8).write(to: program)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: program.path)
        return program
    }

    @Test func chromiumIsFoundByItsVariableOrOnThePath() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let named = try Self.program("my-chrome", in: folder)
        let onPath = try Self.program("chromium-browser", in: folder)
        let notAProgram = folder.appendingPathComponent("notes.txt")
        try Data("x".utf8).write(to: notAProgram)
        let cases: [(environment: [String: String], found: String?, reason: String?)] = [
            (["QUARTERLY_CHROMIUM": named.path, "PATH": folder.path], named.path, nil),
            (["QUARTERLY_CHROMIUM": "", "PATH": "/nonexistent:" + folder.path], onPath.path, nil),
            (["PATH": folder.path], onPath.path, nil),
            (
                ["QUARTERLY_CHROMIUM": notAProgram.path, "PATH": folder.path], nil,
                "QUARTERLY_CHROMIUM names \(notAProgram.path), which is not a program"
            ),
            (["PATH": "/nonexistent"], nil, "Chromium is not on the PATH (chromium, chromium-browser, google-chrome)"),
        ]
        for (environment, found, reason) in cases {
            switch Chromium.locate(environment: environment) {
            case .success(let chromium): #expect(chromium.executable.path == found, "\(environment)")
            case .failure(let missing): #expect(missing.reason == reason, "\(environment)")
            }
        }
    }

    @Test func aReportsSizeIsGivenAsGOVUKGivesAnAttachments() {
        let cases: [(bytes: Int, size: String)] = [
            (700, "700 bytes"), (1024, "1 KB"), (687_971, "672 KB"), (1_023_000, "999 KB"), (1_023_999, "1.0 MB"),
            (1_300_000, "1.2 MB"), (25_000_000, "23.8 MB"),
        ]
        for (bytes, size) in cases {
            #expect(PrintedReport(bytes: bytes, pages: 1).size(in: Fixtures.catalogue) == size, "\(bytes)")
        }
    }

    /// Two printings of one page differ only in their creation time and the ids of their
    /// tagged elements: both are replaced, at the same length, so the bytes are equal
    /// and the PDF's offsets stay true.
    @Test func aReportPrintsToTheSameBytesEachTime() throws {
        func printing(_ time: String, _ ids: (String, String)) -> Data {
            Data(
                """
                %PDF-1.4
                1 0 obj <</CreationDate (D:\(time)+00'00') /ModDate (D:\(time)+00'00')>> endobj
                2 0 obj <</Type /Pages /Count 2 /Kids [3 0 R 4 0 R]>> endobj
                3 0 obj <</Type /Page /Parent 2 0 R>> endobj
                4 0 obj <</Type /Page
                /Parent 2 0 R>> endobj
                5 0 obj <</S /TH /ID (node\(ids.0))>> <</S /TD /Headers [(node\(ids.0)) (node\(ids.1))]>> endobj
                """.utf8)
        }
        let date = try #require(CalendarDate(year: 2019, month: 11, day: 12))
        let first = PrintedPDF(printed: printing("20261130041214", ("00001223", "00001231")), date: date)
        let second = PrintedPDF(printed: printing("20270101235959", ("00000042", "00000077")), date: date)
        #expect(first.data == second.data)
        #expect(first.data.count == printing("20261130041214", ("00001223", "00001231")).count)
        let text = String(decoding: first.data, as: UTF8.self)
        #expect(text.contains("(D:20191112000000+00'00')"))
        #expect(text.contains("[(node00000001) (node00000002)]"))
        #expect(first.pages == 2)
    }

    /// A large site's report has tens of thousands of tagged cells: each id is numbered
    /// by its first appearance, however many there are (each renumbering used to copy the
    /// whole PDF, which made a 10,000-file site's build run out of memory).
    @Test func everyNodeOfALargeReportIsRenumberedInOrder() throws {
        let count = 20_000
        let ids = (0..<count).map { String(format: "%08d", 99_999_999 - $0 * 7) }
        let body = ids.map { "<</S /TD /ID (node\($0))>>" }.joined(separator: "\n")
        let repeated = ids.prefix(3).map { "(node\($0))" }.joined(separator: " ")
        let printed = Data("%PDF-1.4\n\(body)\n[\(repeated)]\n".utf8)
        let date = try #require(CalendarDate(year: 2019, month: 11, day: 12))
        let pdf = PrintedPDF(printed: printed, date: date)
        #expect(pdf.data.count == printed.count)
        let expected = (1...count).map { "<</S /TD /ID (node\(String(format: "%08d", $0)))>>" }.joined(separator: "\n")
        #expect(
            String(decoding: pdf.data, as: UTF8.self)
                == "%PDF-1.4\n\(expected)\n[(node00000001) (node00000002) (node00000003)]\n")
    }

    /// A browser that ends at once stops the build, which says which program and why,
    /// and leaves the output folder as it was.
    @Test func aBrowserThatFailsStopsTheBuild() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = try Self.program("chromium", in: folder, script: "#!/bin/sh\necho 'no display' >&2\nexit 3\n")
        var builder = SiteBuilder(
            options: BuildOptions(
                contentDirectory: Fixtures.minimal.path, templatesDirectory: Fixtures.templates.path,
                outputDirectory: folder.appendingPathComponent("public").path, printReports: true))
        builder.findChromium = { .success(Chromium(executable: broken)) }
        do {
            _ = try builder.run()
            Issue.record("the build should have failed")
        } catch {
            #expect(error.step == .printReports)
            let problem = try #require(error.diagnostics.first)
            #expect(problem.code == .printFailed)
            #expect(problem.path == broken.path)
            #expect(problem.message.contains("the browser ended unexpectedly (it said: no display)"), "\(problem)")
            #expect(problem.hint?.contains("--no-pdf") == true)
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("public").path))
    }

    /// A browser that never answers is stopped at the deadline.
    @Test func aBrowserThatHangsIsStoppedInTime() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let silent = try Self.program("chromium", in: folder, script: "#!/bin/sh\nexec sleep 60\n")
        let started = ContinuousClock.now
        #expect(throws: PrintFailure.self) {
            _ = try ReportPrinter(chromium: Chromium(executable: silent), timeout: .seconds(1))
        }
        #expect(started.duration(to: .now) < .seconds(10))
    }

    /// Where Chromium is installed, each published report is printed, tagged and with an
    /// outline, the same bytes at every build, and its quarter page links it with its
    /// size and pages; where it is not, the build says so once and links nothing.
    @Test func eachPublishedReportIsPrintedWhereChromiumIsInstalled() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        func build(_ name: String) throws -> (URL, BuildReport) {
            try Self.printingBuild(of: Fixtures.minimal, into: folder.appendingPathComponent(name))
        }
        let (output, report) = try build("public")
        let published = ["2019-20-q1", "2019-20-q2"]
        switch Chromium.locate() {
        case .failure(let missing):
            #expect(report.notes.filter { $0.contains("not printed to PDF") }.count == 1)
            #expect(report.notes.contains { $0.contains(missing.reason) })
            for quarter in published {
                #expect(!FileManager.default.fileExists(atPath: output.path + "/quarters/\(quarter)/report.pdf"))
                #expect(
                    !Fixtures.read(output.appendingPathComponent("quarters/\(quarter)/index.html")).contains(".pdf"))
            }
        case .success:
            #expect(report.timings.contains { $0.step == .printReports && $0.detail.hasPrefix("2 reports") })
            #expect(!FileManager.default.fileExists(atPath: output.path + "/quarters/2019-20-q3/report.pdf"))
            let (again, _) = try build("again")
            for quarter in published {
                let pdf = try Data(contentsOf: output.appendingPathComponent("quarters/\(quarter)/report.pdf"))
                let text = String(decoding: pdf, as: UTF8.self)
                #expect(text.hasPrefix("%PDF-"))
                #expect(text.contains("/StructTreeRoot") && text.contains("/Marked true"), "tagged")
                #expect(text.contains("/Outlines"), "an outline of its headings")
                let reprinted = try Data(contentsOf: again.appendingPathComponent("quarters/\(quarter)/report.pdf"))
                if reprinted != pdf {
                    // Where the printings part, to tell what in Chromium's output varies.
                    let at =
                        zip(pdf, reprinted).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                        ?? min(pdf.count, reprinted.count)
                    func excerpt(_ data: Data) -> String {
                        String(decoding: data[max(0, at - 80)..<min(data.count, at + 80)], as: UTF8.self)
                            .debugDescription
                    }
                    Issue.record(
                        "\(quarter): the second printing differs from byte \(at) (\(pdf.count) and \(reprinted.count) bytes): \(excerpt(pdf)) against \(excerpt(reprinted))"
                    )
                }
                let pages = PrintedPDF(printed: pdf, date: CalendarDate(year: 2019, month: 1, day: 1)!).pages
                let size = PrintedReport(bytes: pdf.count, pages: pages).size(in: Fixtures.catalogue)
                let page = Fixtures.read(output.appendingPathComponent("quarters/\(quarter)/index.html"))
                #expect(page.contains("<a href=\"/plan/quarters/\(quarter)/report.pdf\">"))
                #expect(
                    page.contains(
                        "<abbr title=\"Portable Document Format\">PDF</abbr>, \(size), \(pages) page\(pages == 1 ? "" : "s")"
                    ))
            }
        }
    }

    /// A report whose quarter page reads nothing that changed is taken from the last build
    /// (a large site's takes Chromium minutes); one whose quarter changed is printed again,
    /// and the site is the one a clean build makes.
    @Test(
        .enabled(
            if: (try? Chromium.locate().get()) != nil, "printing needs Chromium (scripts/setup-checks installs it)"))
    func anUnchangedReportIsNotPrintedAgain() throws {
        let content = try Fixtures.minimalSite(with: [:])
        let folder = content.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: folder) }
        func build(_ name: String) throws -> (URL, BuildReport) {
            try Self.printingBuild(of: content, into: folder.appendingPathComponent(name))
        }
        func printing(_ report: BuildReport) -> String? {
            report.timings.first { $0.step == .printReports }?.detail
        }
        let (output, first) = try build("public")
        #expect(printing(first) == "2 reports, \(try pages(output)) pages")
        let (_, second) = try build("public")
        #expect(printing(second)?.hasSuffix(", 2 unchanged") == true)
        // An edit in the second quarter: its report is printed again, the first's is kept.
        let edited = content.appendingPathComponent("quarters/2019-20-q2/actions/care-communities.md")
        try Data((Fixtures.read(edited) + "\nA sentence the report did not have.\n").utf8).write(to: edited)
        let (_, third) = try build("public")
        #expect(printing(third)?.hasSuffix(", 1 unchanged") == true)
        let (clean, _) = try build("clean")
        let built = Fixtures.snapshot(output).filter { $0.key != CacheManifest.fileName }
        let expected = Fixtures.snapshot(clean).filter { $0.key != CacheManifest.fileName }
        #expect(built.keys.sorted() == expected.keys.sorted())
        #expect(built.filter { expected[$0.key] != $0.value }.keys.sorted() == [])
    }

    /// A build of `content` into `output` that prints its reports, without search.
    static func printingBuild(of content: URL, into output: URL) throws -> (URL, BuildReport) {
        let report = try SiteBuilder(
            options: BuildOptions(
                contentDirectory: content.path, templatesDirectory: Fixtures.templates.path,
                outputDirectory: output.path, searchIndex: false, printReports: true)
        ).run()
        return (output, report)
    }

    /// Every page of every report in a built site.
    private func pages(_ output: URL) throws -> Int {
        try ["2019-20-q1", "2019-20-q2"].map { quarter in
            PrintedPDF(written: try Data(contentsOf: output.appendingPathComponent("quarters/\(quarter)/report.pdf")))
                .pages
        }.reduce(0, +)
    }
}
