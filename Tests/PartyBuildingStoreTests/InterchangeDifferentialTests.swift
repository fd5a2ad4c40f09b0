import Foundation
import PartyBuildingStoreConformance
import PartyBuildingSynthetic
import Testing

@testable import PartyBuilding

/// The format's own reader and writer against Foundation's `JSONDecoder` and `JSONEncoder` through the
/// models' `Codable` conformances, on thousands of seeded documents: the same documents accepted,
/// with equal models; the same refused; the same bytes written.
///
/// Where `JSONDecoder` reads a number through binary floating point, the reader reads it exactly, and
/// the generator writes no such number: a whole number with a fraction or an exponent and more than
/// 15 significant digits, a whole number with a tiny fraction (`1.00000000000000000001`, which
/// `JSONDecoder` rounds to 1), an amount of more than 38 significant digits (which `Decimal` rounds).
/// The Interchange Format article lists them.
@Suite struct InterchangeDifferentialTests {
    /// Compares the two readers on `data`, naming `what` on a difference.
    private func compare(_ data: Data, _ what: String) {
        let mine = Result { () throws(InterchangeError) in try CommunityDataset.decode(data).communities }
        let foundation = Result { try JSONDecoder().decode(FoundationDocument.self, from: data).communities }
        switch (mine, foundation) {
        case (.success(let mine), .success(let theirs)):
            #expect(mine == theirs, "\(what): the readers read different communities")
        case (.failure, .failure): break
        case (.success, .failure(let error)):
            Issue.record("\(what): read, but JSONDecoder refused it: \(error)\n\(excerpt(of: data))")
        case (.failure(let error), .success):
            Issue.record("\(what): refused (\(error)), but JSONDecoder read it\n\(excerpt(of: data))")
        }
    }

    private func excerpt(of data: Data) -> String { String(decoding: data.prefix(2_000), as: UTF8.self) }

    @Test func validDocumentsDecodeToEqualModels() {
        var documents = DifferentialDocuments(seed: 20_111_201)
        for index in 0..<800 {
            let data = documents.validDocument()
            compare(data, "valid document \(index)")
            #expect(throws: Never.self, "valid document \(index)") { try CommunityDataset.decode(data) }
        }
    }

    @Test func alteredDocumentsAreReadOrRefusedAlike() {
        var documents = DifferentialDocuments(seed: 20_111_202)
        for index in 0..<1_600 { compare(documents.alteredDocument(), "altered document \(index)") }
    }

    @Test func writingGivesTheBytesOfJSONEncoder() throws {
        let communities = DifferentialDocuments.communities
        for prettyPrinted in [false, true] {
            let expected = try FoundationDocument.encoded(communities, prettyPrinted: prettyPrinted)
            let written = try CommunityDataset(communities).encoded(prettyPrinted: prettyPrinted)
            #expect(String(decoding: written, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
        }
    }

    @Test func encodingThenDecodingIsTheIdentity() throws {
        var communities = DifferentialDocuments.communities
        communities += SyntheticCity(communities: 10, seed: 5).communities
        communities.append(ConformanceFixtures.large(members: 300))
        for prettyPrinted in [false, true] {
            let data = try CommunityDataset(communities).encoded(prettyPrinted: prettyPrinted)
            #expect(try CommunityDataset.decode(data).communities == communities)
        }
        #expect(try CommunityDataset.decode(CommunityDataset([]).encoded()).communities.isEmpty)
    }

    @Test func aSyntaxErrorNamesItsLineAndColumn() throws {
        let data = try CommunityDataset([ConformanceFixtures.minimal()]).encoded(prettyPrinted: true)
        let text = String(decoding: data, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // Cut the document in the middle of its fourth line.
        let cut = lines.prefix(3).joined(separator: "\n") + "\n" + lines[3].prefix(6)
        #expect(throws: InterchangeError.self) { try CommunityDataset.decode(Data(cut.utf8), file: "cut.json") }
        do {
            _ = try CommunityDataset.decode(Data(cut.utf8), file: "cut.json")
        } catch {
            guard case .notJSON = error.problem else {
                Issue.record("a truncated file is reported as \(error.problem)")
                return
            }
            #expect(error.line == 4)
            #expect(error.column == 7)
            #expect(error.description.hasPrefix("cut.json, line 4, column 7: is not JSON: "))
        }
        let corrupted = text.replacingOccurrences(of: "\"name\" : ", with: "\"name\" ; ")
        do {
            _ = try CommunityDataset.decode(Data(corrupted.utf8))
            Issue.record("a document with \";\" for \":\" was read")
        } catch {
            #expect(error.line != nil && error.column != nil)
            #expect(error.description.contains("expected \":\" after a key"))
        }
    }

    @Test func aWrongFieldNamesTheCommunityAndThePath() throws {
        var community = ConformanceFixtures.minimal(id: "DG-1")
        community.households = 10
        let text = String(decoding: try CommunityDataset([community]).encoded(), as: UTF8.self)
        let wrong = text.replacingOccurrences(of: "\"households\" : 10", with: "\"households\" : \"ten\"")
        do {
            _ = try CommunityDataset.decode(Data(wrong.utf8), file: "d.json")
            Issue.record("households as text was read")
        } catch {
            #expect(error.problem == .wrongType(expected: "a whole number"))
            #expect(error.communityID == "DG-1")
            #expect(error.field == "communities[0].households")
            #expect(error.line == nil)
        }
    }
}
