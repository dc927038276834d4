import QuarterlyModel
import Testing

@Suite("Quarters")
struct QuarterTests {
    @Test(
        "folder names",
        arguments: [
            ("2019-20-q2", "Quarter 2 2019/20"),
            ("2021-22-q1", "Quarter 1 2021/22"),
            ("1999-00-q4", "Quarter 4 1999/00"),
        ])
    func validNames(name: String, label: String) throws {
        let id = try #require(QuarterID(name))
        #expect(id.label == label)
        #expect(id.slug == name)
    }

    @Test(
        "rejected folder names",
        arguments: [
            ("2019-q2", QuarterID.NameProblem.shape),
            ("2019-20-q5", .quarterOutOfRange),
            ("2019-20-q0", .quarterOutOfRange),
            ("2019-21-q1", .yearsNotConsecutive),
            ("2019-20-Q2", .shape),
            ("19-20-q2", .shape),
            ("2019-20-q2x", .shape),
        ])
    func invalidNames(name: String, problem: QuarterID.NameProblem) {
        #expect(QuarterID.parse(name) == .failure(problem))
    }

    @Test(
        "period ends",
        arguments: [
            ("2019-20-q1", 4, "2019-06-30"),
            ("2019-20-q2", 4, "2019-09-30"),
            ("2019-20-q3", 4, "2019-12-31"),
            ("2019-20-q4", 4, "2020-03-31"),
            ("2019-20-q4", 1, "2019-12-31"),
            ("2019-20-q1", 7, "2019-09-30"),
            ("2023-24-q4", 4, "2024-03-31"),
        ])
    func periodEnd(name: String, firstMonth: Int, end: String) throws {
        #expect(try #require(QuarterID(name)).periodEnd(financialYearStart: firstMonth).iso == end)
    }

    @Test func neighbours() throws {
        let q1 = try #require(QuarterID("2020-21-q1"))
        #expect(q1.previous.slug == "2019-20-q4")
        #expect(q1.sameQuarterLastYear.slug == "2019-20-q1")
        #expect(q1.previous < q1)
    }
}

@Suite("Allowed words")
struct WordTests {
    @Test(
        "RAG words",
        arguments: [
            ("green", RAGStatus.green), ("Green", .green), ("GREEN ", .green), (" amber", .amber),
            ("red", .red), ("complete", .complete),
        ])
    func accepted(word: String, rag: RAGStatus) {
        #expect(RAGStatus(word: word) == rag)
    }

    @Test("rejected RAG words", arguments: ["Amber/Green", "G", "blue", "", "gren"])
    func rejected(word: String) {
        #expect(RAGStatus(word: word) == nil)
    }

    @Test func allowedWordsHint() {
        #expect(RAGStatus.allowedWords == "`red`, `amber`, `green` or `complete`")
    }

    @Test(
        "unit formatting",
        arguments: [
            (MeasureUnit.percent, "65", "65%"), (.percent, "89.19", "89.19%"), (.count, "10000", "10,000"),
            (.count, "1000", "1000"), (.count, "-1000", "-1000"), (.count, "-10000", "-10,000"),
            (.count, "3851", "3851"), (.gbp, "1848000", "£1,848,000"), (.gbp, "-250000", "-£250,000"),
            (.score, "-0.16", "-0.16"), (.days, "10", "10 days"), (.ratePer10000, "77.4", "77.4"),
        ])
    func format(unit: MeasureUnit, text: String, shown: String) {
        #expect(unit.format(text) == shown)
    }

    @Test(
        "refs in reading order",
        arguments: [
            ("1.2", "1.10", true), ("1.10", "1.2", false), ("M2", "M10", true), ("A1.1", "A1.1", false),
            ("1.9", "2.1", true), ("a", "B", true), ("ab", "ab1", true), ("ab1", "abc", true), ("abc", "ab1", false),
            ("1a", "a", true), ("a", "1a", false), ("007", "7", false), ("7", "007", false), ("", "a", true),
            ("a", "", false), ("99999999999999999999", "1", false), ("1", "99999999999999999999", true),
            ("Ä1", "a1", false), ("b2", "É", true), ("K2-1.10", "K2-1.9", false), ("K10-1", "K9-1", false),
        ])
    func naturalOrder(a: String, b: String, less: Bool) {
        #expect(NaturalOrder.less(a, b) == less)
        #expect(NaturalOrder.chunkedLess(a, b) == less)
    }

    /// ASCII refs are compared in place; the order is the one of splitting into runs.
    @Test func naturalOrderInPlaceAgreesWithRuns() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("aB1.0-9zZ ")
        for _ in 0..<20_000 {
            let a = String((0..<Int.random(in: 0...6, using: &generator)).map { _ in alphabet.randomElement()! })
            let b = String((0..<Int.random(in: 0...6, using: &generator)).map { _ in alphabet.randomElement()! })
            #expect(NaturalOrder.less(a, b) == NaturalOrder.chunkedLess(a, b), "\(a) < \(b)")
        }
    }

    @Test("figures keep their digits", arguments: [("65.0", 65.0), ("-0.16", -0.16), ("1.10", 1.1)])
    func figures(text: String, value: Double) throws {
        let figure = try #require(Figure(text: text))
        #expect(figure.text == text)
        #expect(figure.value == value)
    }

    @Test("not figures", arguments: ["high", "65%", "£1,848", "1e9x", ""])
    func notFigures(text: String) {
        #expect(Figure(text: text) == nil)
    }
}
