import Foundation
import QuarterlyBuild
import QuarterlyModel
import QuarterlyRender
import QuarterlyTestSupport
import Testing

/// A site in several languages: every page in each, linking its twin, with the words of
/// its language and the same figures.
@Suite struct LanguagesTests {
    static let teifi = Fixtures.packageRoot.appendingPathComponent("examples/teifi/content")

    /// Every page of the default language has its twin under the other's prefix, and both
    /// say their `lang`, list both versions as `hreflang` alternates and link each other.
    @Test(arguments: [
        (Fixtures.bilingual, "en-GB", "cy", "https://example.org/plan/"),
        (teifi, "cy", "en", "https://perfformiad.dyffrynteifi.example/"),
    ])
    func everyPageExistsInBothLanguagesAndLinksToItsTwin(
        content: URL, defaultTag: String, other: String, base: String
    ) throws {
        try Fixtures.withBuiltSite(content) { output, _ in
            let files = Fixtures.snapshot(output)
            let pages = files.keys.filter { $0.hasSuffix(".html") && !$0.hasPrefix(other + "/") }
            #expect(pages.count > 10)
            for page in pages {
                let twin = other + "/" + page
                let html = String(decoding: files[page]!, as: UTF8.self)
                let translated = try #require(files[twin].map { String(decoding: $0, as: UTF8.self) }, "\(twin)")
                #expect(html.contains("<html lang=\"\(defaultTag)\""), "\(page)")
                #expect(translated.contains("<html lang=\"\(other)\""), "\(twin)")
                // The page not found links the other language's home page.
                let address = page == "404.html" ? "" : String(page.dropLast("index.html".count))
                for document in [html, translated] {
                    #expect(document.contains("hreflang=\"\(defaultTag)\" href=\"\(base)\(address)\""), "\(page)")
                    #expect(document.contains("hreflang=\"\(other)\" href=\"\(base)\(other)/\(address)\""), "\(page)")
                }
                let path = Deployment(siteBaseURL: base).basePath
                #expect(html.contains("<a href=\"\(path)\(other)/\(address)\" hreflang=\"\(other)\""), "\(page)")
                #expect(translated.contains("<a href=\"\(path)\(address)\" hreflang=\"\(defaultTag)\""), "\(twin)")
            }
            // Each language has its own feed and sitemap; robots.txt is the site's one.
            for file in ["feed.xml", "sitemap.xml", "data/site.json"] { #expect(files[other + "/" + file] != nil) }
            #expect(files[other + "/robots.txt"] == nil)
        }
    }

    /// A translation gives the words; the figures and statuses are the default file's.
    @Test func aTranslationChangesTheWordsAndNothingElse() throws {
        try Fixtures.withBuiltSite(Fixtures.bilingual) { output, _ in
            let english = Fixtures.read(output.appendingPathComponent("actions/safeguarding-board/index.html"))
            let welsh = Fixtures.read(output.appendingPathComponent("cy/actions/safeguarding-board/index.html"))
            #expect(english.contains("New safeguarding board"))
            #expect(welsh.contains("Bwrdd diogelu newydd"))
            #expect(!welsh.contains("New safeguarding board"))
            #expect(welsh.contains("Mae’r bwrdd ar waith."))
            #expect(welsh.contains("Cyngor Sir Enghraifft"))
            // Without its own translation, a file's words are the default's.
            let untranslated = Fixtures.read(output.appendingPathComponent("cy/actions/care-communities/index.html"))
            #expect(untranslated.contains("Integrated care communities"))
            // The same statuses, in each language's words.
            let count = { (html: String, status: String) in html.components(separatedBy: "rag rag-\(status)").count }
            for status in ["red", "amber", "green", "complete"] {
                #expect(count(english, status) == count(welsh, status), "\(status)")
            }
            #expect(welsh.contains(">Wedi’i gwblhau<") || welsh.contains(">Wedi'i gwblhau<"))
        }
    }

    /// The Welsh example's Welsh pages say nothing in English: no English month, quarter
    /// or status word (the content is Welsh; every other word is the Welsh catalogue's).
    @Test func theWelshPagesHaveNoEnglishWords() throws {
        let english = [
            "January", "February", "March", "April", "June", "July", "August", "September", "October",
            "November", "December", "Quarter ", "Red", "Amber", "Green", "Complete", "Improving", "Declining",
            "Sustained", "Not rated", "Published", "Progress to", "progress report",
        ]
        try Fixtures.withBuiltSite(Self.teifi) { output, _ in
            for (path, data) in Fixtures.snapshot(output)
            where path.hasSuffix(".html") && !path.hasPrefix("en/") && !path.hasPrefix("pagefind/") {
                let text = ReaderText.of(String(decoding: data, as: UTF8.self)).joined(separator: " | ")
                for word in english {
                    #expect(!text.contains(word), "\(path): \(word)")
                }
            }
        }
    }

    /// The A to Z follows each language's alphabet: Welsh "Ll" is a letter of its own.
    @Test func theAToZFollowsTheLanguagesAlphabet() throws {
        try Fixtures.withBuiltSite(Self.teifi) { output, _ in
            let welsh = Fixtures.read(output.appendingPathComponent("a-z/index.html"))
            let english = Fixtures.read(output.appendingPathComponent("en/a-z/index.html"))
            #expect(welsh.contains("id=\"letter-ll\""))
            #expect(!welsh.contains("id=\"letter-l\""))
            #expect(english.contains("id=\"letter-l\""))
            #expect(!english.contains("id=\"letter-ll\""))
        }
    }

    /// Titles ranked once each come out as sorting every title with the collation would
    /// put them: repeated titles, titles equal but for case (kept in the order given), and
    /// Welsh letters.
    @Test(arguments: [
        ("en-GB", ["b", "a", "B", "c", "a", "A", "b", "Ab", "ab", "", "Zebra", "zebra", "é", "e"]),
        ("cy", ["Addysg", "Adolygu", "addysg", "Llyfr", "Lori", "Ll", "L", "Addysg", "Chwaraeon", "Cyngor"]),
    ])
    func rankingDistinctTitlesGivesTheCollationsOrder(language: String, titles: [String]) {
        let locale = Locale(identifier: language)
        let sorted = titles.indices.sorted {
            titles[$0].compare(titles[$1], options: .caseInsensitive, range: nil, locale: locale) == .orderedAscending
        }
        #expect(Collation.order(of: titles, language: language) == sorted)
    }

    /// The A to Z is in the order of each language, not of the building machine's locale:
    /// in Welsh "dd" is a letter after "d", so "Adolygu" comes before "Addysg"; in
    /// English "Add" comes before "Ado".
    @Test func theAToZIsInTheOrderOfEachLanguage() throws {
        let content = try Self.site([
            "actions/care-communities.md":
                "---\nref: 1.10\ntitle: Additional care communities\noutcome: healthy\nmilestone: By March 2020\n---\n",
            "actions/care-communities.cy.md": "---\ntitle: Addysg gymunedol\n---\n",
            "actions/safeguarding-board.cy.md": "---\ntitle: Adolygu'r bwrdd diogelu\n---\n",
            "actions/safeguarding-board.md": """
            ---
            ref: "1.1"
            title: Adopting a new safeguarding board
            outcome: protected
            milestone: By September 2019
            lead_officer: Director of Children's Services
            risks:
              - Safeguarding children
            ---
            Set up the new board.

            """,
        ])
        try Fixtures.withBuiltSite(content) { output, _ in
            let english = Fixtures.read(output.appendingPathComponent("a-z/index.html"))
            let welsh = Fixtures.read(output.appendingPathComponent("cy/a-z/index.html"))
            let inEnglish = try #require(english.range(of: "Additional care communities"))
            let adopting = try #require(english.range(of: "Adopting a new safeguarding board"))
            #expect(inEnglish.lowerBound < adopting.lowerBound)
            let addysg = try #require(welsh.range(of: "Addysg gymunedol"))
            let adolygu = try #require(welsh.range(of: "Adolygu"))
            #expect(adolygu.lowerBound < addysg.lowerBound)
        }
    }

    static func site(_ files: [String: String]) throws -> URL {
        try Fixtures.minimalSite(
            with: [
                "site.yml":
                    "languages: [en, cy]\norganisation: Exampleshire County Council\ntitle: Council Plan\nbase_url: /plan/\n"
            ].merging(files) { _, new in new })
    }

    /// Each way a translation can be wrong is one located error (or a warning) with its code.
    @Test(arguments: [
        (
            ["actions/safeguarding-board.fr.md": "---\ntitle: Nouveau conseil\n---\n"],
            "actions/safeguarding-board.fr.md:1:1", DiagnosticCode.unknownLanguage, Diagnostic.Severity.error
        ),
        (
            ["actions/no-such-action.cy.md": "---\ntitle: Dim\n---\n"], "actions/no-such-action.cy.md:1:1",
            .translationWithoutOriginal, .error
        ),
        (
            ["quarters/2019-20-q2/measures/foi-responses.cy.md": "---\nvalue: 70\n---\n"],
            "quarters/2019-20-q2/measures/foi-responses.cy.md:2:1", .notTranslated, .error
        ),
        ([:], "actions/safeguarding-board.md:1:1", .missingTranslation, .warning),
        (
            ["site.cy.yml": "complete_translations: true\n"], "site.cy.yml:1:1", .notTranslated, .error
        ),
    ])
    func aWrongTranslationIsNamed(
        files: [String: String], place: String, code: DiagnosticCode, severity: Diagnostic.Severity
    ) throws {
        let content = try Self.site(files)
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let found = Fixtures.validate(content).diagnostics.filter { $0.code == code }
        #expect(
            found.contains {
                "\($0.path):\($0.position.line):\($0.position.column)".hasSuffix(place) && $0.severity == severity
            },
            "\(found.map(\.description))")
    }

    /// With `complete_translations: true`, a missing translation stops the build.
    @Test func completeTranslationsMakesAMissingOneAnError() throws {
        let content = try Self.site([
            "site.yml":
                "languages: [en, cy]\ncomplete_translations: true\norganisation: Exampleshire County Council\ntitle: Council Plan\n"
        ])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let missing = Fixtures.validate(content).diagnostics.filter { $0.code == .missingTranslation }
        #expect(!missing.isEmpty)
        #expect(missing.allSatisfy { $0.severity == .error })
    }
}
