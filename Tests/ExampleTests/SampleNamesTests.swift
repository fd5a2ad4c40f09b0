import Foundation
import Testing

/// The built-in sample names no real person: 东关社区 keeps its published figures, but its workers and
/// everyone else in the samples have invented names.
@Suite struct SampleNamesTests {
    let audit = ExampleProgram(name: "audit")

    /// Real people named in the seed documents (the Chinese source texts the project started from, kept
    /// outside the repository): the 东关社区 application (`004_3f6f0cae3b1191d2.txt`), the 涪城区 article
    /// (`002_4fe26fd3e17d2d3a.txt`, in simplified and traditional form) and the collected articles of
    /// `003_41747877a6b96241.txt` (officials, secretaries and authors; 永达 is a secretary's given name).
    static let realNames = [
        "马天娥", "马忠元", "强卫", "何拥政", "何擁政", "马俪婧", "朱春英", "孙丽楠", "丁建华", "张连海", "永达",
    ]

    @Test(arguments: [["--lang", "en"], [], ["--format", "json"]])
    func sampleOutputNamesNoRealPerson(arguments: [String]) throws {
        let (status, output, _) = try audit.run(arguments)
        #expect(status == 0)
        #expect(output.contains("DG"), "the report covers 东关社区")
        for name in Self.realNames {
            #expect(!output.contains(name), "\(arguments) prints \(name)")
        }
    }

    /// The report prints workers by ID, so the sample's source is checked too: its names are data.
    @Test func sampleSourceNamesNoRealPerson() throws {
        let source = try String(
            contentsOf: ExampleProgram.repositoryRoot.appendingPathComponent(
                "Sources/PartyBuildingSynthetic/SampleCommunities.swift"),
            encoding: .utf8)
        #expect(source.contains("households: 2145, residents: 7393"))
        for name in Self.realNames {
            #expect(!source.contains(name), "SampleCommunities.swift names \(name)")
        }
    }
}
