import Foundation
import Testing

@testable import QuarterlyContent

@Suite struct SchemaTests {
    @Test(arguments: FrontMatterSchema.Kind.allCases)
    func eachSchemaListsExactlyTheKeysItsDecoderAccepts(kind: FrontMatterSchema.Kind) throws {
        let document = FrontMatterSchema.document(kind)
        let properties = try #require(document["properties"] as? [String: Any])
        #expect(Set(properties.keys) == Set(FrontMatterSchema.decoderKeys(kind)))
        #expect(document["$schema"] as? String == "http://json-schema.org/draft-07/schema#")
        #expect(document["additionalProperties"] as? Bool == false)
        // It is valid JSON.
        #expect(try JSONSerialization.jsonObject(with: Data(FrontMatterSchema.text(kind).utf8)) is [String: Any])
    }

    @Test func wordsAreOfferedInTheSpellingsPeopleType() throws {
        let properties = try #require(FrontMatterSchema.document(.actionUpdate)["properties"] as? [String: Any])
        let rag = try #require(properties["rag"] as? [String: Any])
        #expect((rag["enum"] as? [String])?.prefix(3) == ["red", "Red", "RED"])
        #expect(FrontMatterSchema.document(.actionUpdate)["required"] as? [String] == ["rag"])
    }
}
