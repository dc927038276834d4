import Foundation
import QuarterlyContent
import QuarterlyModel
import Testing

@Suite struct SchemaTests {
    @Test(arguments: FrontMatterSchema.kinds)
    func eachSchemaListsExactlyTheKeysOfItsFieldSet(kind: ContentKind) throws {
        let document = FrontMatterSchema.document(kind)
        let properties = try #require(document["properties"] as? [String: Any])
        #expect(Set(properties.keys) == Set(kind.itemType.fieldInfo.map(\.key)))
        #expect(document["$schema"] as? String == "http://json-schema.org/draft-07/schema#")
        #expect(document["additionalProperties"] as? Bool == false)
        // It is valid JSON.
        #expect(try JSONSerialization.jsonObject(with: Data(FrontMatterSchema.text(kind).utf8)) is [String: Any])
    }

    @Test func outcomeCommentaryHasNoSchemaBecauseItHasNoKeys() {
        #expect(FrontMatterSchema.kinds.count == ContentKind.allCases.count - 1)
        #expect(!FrontMatterSchema.kinds.contains(.outcomeCommentary))
    }

    @Test func wordsAreOfferedInTheSpellingsPeopleType() throws {
        let properties = try #require(FrontMatterSchema.document(.actionUpdate)["properties"] as? [String: Any])
        let rag = try #require(properties["rag"] as? [String: Any])
        #expect((rag["enum"] as? [String])?.prefix(3) == ["red", "Red", "RED"])
        #expect(FrontMatterSchema.document(.actionUpdate)["required"] as? [String] == ["rag"])
    }

    /// The measure's words come from `RAGStatus` without `complete`, never restated.
    @Test func measureUpdatesOfferEveryRAGWordButComplete() throws {
        let properties = try #require(FrontMatterSchema.document(.measureUpdate)["properties"] as? [String: Any])
        let rag = try #require(properties["rag"] as? [String: Any])
        let words = Set((rag["enum"] as? [String] ?? []).map { $0.lowercased() })
        #expect(words == Set(RAGStatus.allCases.map(\.rawValue)).subtracting(["complete"]))
    }

    @Test func nestedKeysAndTheirDefaultsAreDescribed() throws {
        let properties = try #require(FrontMatterSchema.document(.site)["properties"] as? [String: Any])
        let accessibility = try #require(properties["accessibility"] as? [String: Any])
        let nested = try #require(accessibility["properties"] as? [String: Any])
        let responseDays = try #require(nested["response_days"] as? [String: Any])
        #expect(responseDays["default"] as? Int == 5)
        let repository = try #require(properties["repository"] as? [String: Any])
        #expect(repository["required"] as? [String] == ["url"])
        let targets = try #require(
            (FrontMatterSchema.document(.measure)["properties"] as? [String: Any])?["targets"] as? [String: Any])
        #expect((targets["propertyNames"] as? [String: String])?["pattern"] == "^[0-9]{4}/[0-9]{2}$")
    }
}
