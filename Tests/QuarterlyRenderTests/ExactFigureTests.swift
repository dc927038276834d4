import Foundation
import QuarterlyModel
import QuarterlyRender
import QuarterlyTestSupport
import Testing

/// Figures reach the open data with the digits the officer wrote (`80.0` stays `80.0`).
@Suite struct ExactFigureTests {
    /// Only what JSON's number grammar forbids is rewritten; the value never changes.
    @Test(arguments: [
        ("80.0", "80.0"), ("80", "80"), ("89.19", "89.19"), ("-0.16", "-0.16"), ("1848000", "1848000"),
        ("0.50", "0.50"), ("+5", "5"), ("007", "7"), ("007.10", "7.10"), (".5", "0.5"), ("5.", "5"), ("-.5", "-0.5"),
        ("-0", "0"), ("-0.0", "0.0"), ("0", "0"),
    ])
    func jsonNumbers(written: String, json: String) throws {
        #expect(ExactNumber.jsonText(written) == json)
        let figure = try #require(Figure(text: written))
        // A standard reader reads the same value.
        let read = try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed]) as? NSNumber
        #expect(read?.doubleValue == figure.value)
    }

    /// Values, comparators, targets (stated and a range) and a definition's numbers keep their digits.
    @Test func siteJSONKeepsTheDigitsAsWritten() throws {
        let content = try Fixtures.minimalSite(with: [
            "quarters/2019-20-q2/measures/foster-carers.md":
                "---\nvalue: 180.0\ntarget: 199.0\ncomparators:\n  England: 190.50\n---\nText.\n",
            "measures/foi-responses.md":
                "---\nref: M4.4\ntitle: Information requests answered on time\noutcome: healthy\nunit: percent\npolarity: target\nbaseline: 60.0\ntargets:\n  2019/20: 90.0 to 94.0\n---\n",
        ])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let graph = try #require(Fixtures.validate(content).graph).assessed().graph
        let json = String(
            decoding: SiteJSON(
                graph: graph, links: Links(deployment: Deployment(siteBaseURL: "/")), words: Fixtures.catalogue
            ).data,
            as: UTF8.self)
        for written in [
            #""value" : 180.0"#, #""target" : 199.0"#, #""England" : 190.50"#, #""baseline" : 60.0"#,
            #""low" : 90.0"#, #""high" : 94.0"#,
        ] {
            #expect(json.contains(written), "\(written)")
        }
        #expect(!json.contains(#""value" : 180,"#) && !json.contains(#""baseline" : 60,"#))
    }
}
