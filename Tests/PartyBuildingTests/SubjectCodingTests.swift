import Foundation
import Testing

@testable import PartyBuilding

@Suite("Subjects in JSON")
struct SubjectCodingTests {
    @Test(arguments: [
        (Subject.worker("W-1"), #"{"worker":"W-1"}"#),
        (.community("DG"), #"{"community":"DG"}"#),
        (.organisation("P"), #"{"organisation":"P"}"#),
        (.member("M"), #"{"member":"M"}"#),
        (.residentsCommittee("R"), #"{"residentsCommittee":"R"}"#),
        (.portfolio, #"{"portfolio":true}"#),
    ])
    func subjectsAreOneKeyObjects(subject: Subject, json: String) throws {
        #expect(String(decoding: try JSONEncoder().encode(subject), as: UTF8.self) == json)
        #expect(try JSONDecoder().decode(Subject.self, from: Data(json.utf8)) == subject)
    }

    @Test(arguments: [#"{}"#, #"{"worker":"W","member":"M"}"#, #"{"portfolio":false}"#, #"{"shop":"S"}"#])
    func malformedSubjectsAreRejected(json: String) {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Subject.self, from: Data(json.utf8)) }
    }
}
