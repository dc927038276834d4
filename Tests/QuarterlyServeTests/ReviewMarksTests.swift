import Foundation
import QuarterlyBuild
import QuarterlyModel
import QuarterlyServe
import QuarterlyTestSupport
import Testing

/// The preview highlights every update still marked `review:`; a built site never does.
@Suite("The preview's review highlight")
struct ReviewMarksTests {
    static let marked = "---\nvalue: 186\nreview: \"carried over from Quarter 2 2019/20\"\n---\n"

    static func preview(_ files: [String: String]) throws -> (PreviewSite, URL) {
        let content = try Fixtures.minimalSite(with: files)
        var cache: LoadCache? = nil
        let options = PreviewServer.options(content: content.path, templates: Fixtures.templates.path)
        return (PreviewSite(try SiteBuilder(options: options).prepare(cache: &cache, steps: StepClock())), content)
    }

    static func page(_ site: PreviewSite, _ path: String) -> (built: String, previewed: String) {
        let built = String(decoding: site.file(at: path) ?? Data(), as: UTF8.self)
        return (built, site.previewed(built, at: path))
    }

    @Test(
        "each page lists the marked updates it shows, and outlines their rows",
        arguments: [
            ("quarters/2019-20-q3/index.html", "in this report", "Foster care households", "/measures/foster-carers/"),
            ("measures/foster-carers/index.html", "on this page", "Quarter 3 2019/20", "/quarters/2019-20-q3/"),
            ("index.html", "in this preview", "Quarter 3 2019/20: M1.3 Foster care households", nil),
        ] as [(String, String, String, String?)])
    func highlighted(path: String, heading: String, listed: String, outlined: String?) throws {
        let (site, content) = try Self.preview(["quarters/2019-20-q3/measures/foster-carers.md": Self.marked])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let (built, previewed) = Self.page(site, path)
        #expect(!built.contains("quarterly-review"), "a built page never carries the highlight")
        #expect(previewed.contains("1 update is still marked for review \(heading)."))
        #expect(previewed.contains(listed))
        #expect(previewed.contains("<code>review: carried over from Quarter 2 2019/20</code>"))
        if let outlined {
            #expect(previewed.contains("tr:has(a[href=\"\(outlined)\"])"))
            #expect(built.contains("<a href=\"\(outlined)\""), "the outlined row links there")
        }
        // The banner opens the main content.
        let main = try #require(previewed.range(of: "<main"))
        #expect(
            previewed[main.lowerBound...].dropFirst(4).drop { $0 != ">" }.dropFirst().hasPrefix(
                "<div class=\"quarterly-review\""))
    }

    @Test func pagesWithoutMarkedUpdatesAreUnchanged() throws {
        let (site, content) = try Self.preview(["quarters/2019-20-q3/measures/foster-carers.md": Self.marked])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        for path in ["quarters/2019-20-q2/index.html", "actions/care-communities/index.html"] {
            let (built, previewed) = Self.page(site, path)
            #expect(built == previewed, "\(path) shows no update marked for review")
        }
    }

    @Test func aSiteWithNothingToReviewIsServedAsBuilt() throws {
        let (site, content) = try Self.preview([:])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        for path in ["index.html", "quarters/2019-20-q3/index.html", "measures/foster-carers/index.html"] {
            let (built, previewed) = Self.page(site, path)
            #expect(built == previewed)
        }
    }
}
