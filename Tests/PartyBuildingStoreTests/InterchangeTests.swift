import Foundation
import PartyBuilding
import PartyBuildingStoreTesting
import Testing

@Suite struct InterchangeTests {
    @Test func aDatasetRoundTripsEveryField() throws {
        let dataset = CommunityDataset([Fixture.full(), Fixture.small("b", members: 3)])
        for pretty in [true, false] {
            #expect(try CommunityDataset.decode(dataset.encoded(prettyPrinted: pretty)) == dataset)
        }
    }

    @Test func theSameDatasetAlwaysGivesTheSameBytesWithSortedKeys() throws {
        let data = try CommunityDataset([Fixture.full()]).encoded()
        #expect(try CommunityDataset([Fixture.full()]).encoded() == data)
        let text = String(decoding: data, as: UTF8.self)
        let topLevel = ["\"communities\"", "\"format\"", "\"schemaVersion\""].compactMap {
            text.range(of: $0)?.lowerBound
        }
        #expect(topLevel.count == 3 && topLevel == topLevel.sorted())
        #expect(text.contains("\"roles\" : [\n            \"residentsCommitteeDirector\",\n            \"secretary\""))
    }

    @Test func valuesUseTheDocumentedUnits() throws {
        var community = Fixture.small("u", members: 0)
        community.serviceSpace = Area(hundredthsOfSquareMetre: 60_001)
        community.fundGrants = [FundGrant(year: 2025, purpose: .activity, source: .city, amount: Money(fen: 1_500_050))]
        let text = String(decoding: try CommunityDataset([community]).encoded(prettyPrinted: false), as: UTF8.self)
        #expect(text.contains("\"serviceSpace\":600.01"))
        #expect(text.contains("\"amount\":15000.5"))
        #expect(text.hasSuffix("\"format\":\"PartyBuildingKit\",\"schemaVersion\":2}"))
    }

    @Test func aFileIsWrittenAtomicallyOwnerOnlyAndReadBack() async throws {
        try await withTemporaryDirectory { directory in
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let file = directory.appendingPathComponent("communities.json")
            let dataset = CommunityDataset([Fixture.full()])
            try CommunityDataset([Fixture.small("old")]).write(to: file)
            try dataset.write(to: file)
            #expect(try CommunityDataset.read(from: file) == dataset)
            #expect(try permissions(of: file) == 0o600)
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["communities.json"])
        }
    }

    @Test func aMissingFileIsUnreadableAndNamed() throws {
        let file = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/communities.json")
        let error = #expect(throws: InterchangeError.self) { try CommunityDataset.read(from: file) }
        #expect(error?.file == file.path)
        #expect(error?.storeCode == .unavailable)
        let writing = #expect(throws: InterchangeError.self) { try CommunityDataset([]).write(to: file) }
        #expect(writing?.file == file.path)
    }

    @Test func aNewerSchemaVersionIsRefusedByName() throws {
        let error = #expect(throws: InterchangeError.self) {
            try CommunityDataset.decode(
                Data(#"{"format":"PartyBuildingKit","schemaVersion":3,"communities":[]}"#.utf8), file: "new.json")
        }
        #expect(error?.problem == .newerSchemaVersion(found: 3, newestSupported: 2))
        #expect(error?.storeCode == .unsupportedSchemaVersion)
        #expect(error?.description.hasPrefix("new.json, schemaVersion: has schema version 3") == true)
    }

    @Test func aSchemaVersionThatNeverExistedIsRefused() throws {
        for version in [0, -1] {
            let error = #expect(throws: InterchangeError.self) {
                try CommunityDataset.decode(
                    Data(#"{"format":"PartyBuildingKit","schemaVersion":\#(version),"communities":[]}"#.utf8))
            }
            #expect(error?.problem == .unknownSchemaVersion(version))
            #expect(error?.storeCode == .corrupted)
        }
    }

    static let brokenDocuments: [(String, InterchangeError.Problem, String?, String?)] = [
        ("{\"communities\": [", .notJSON(""), nil, nil),
        ("[]", .notADataset(found: nil), nil, nil),
        (#"{"format":"Other","schemaVersion":2,"communities":[]}"#, .notADataset(found: "Other"), nil, nil),
        (#"{"format":"PartyBuildingKit","communities":[]}"#, .missingField, nil, "schemaVersion"),
        (#"{"format":"PartyBuildingKit","schemaVersion":2}"#, .missingField, nil, "communities"),
        (
            #"{"format":"PartyBuildingKit","schemaVersion":2,"communities":[{"id":"A","name":"a"}]}"#,
            .missingField, "A", "communities[0].district"
        ),
        (
            #"{"format":"PartyBuildingKit","schemaVersion":2,"communities":[{"id":"A","name":"a","district":"d","households":"many"}]}"#,
            .wrongType(expected: "a whole number"), "A", "communities[0].households"
        ),
        (
            #"{"format":"PartyBuildingKit","schemaVersion":2,"communities":[{"id":"A","name":"a","district":"d"},{"id":"B","name":"b","district":"d","members":[{"id":"M","name":"m","organisationID":"P","birthDate":"1990-13-01"}]}]}"#,
            .invalidValue(""), "B", "communities[1].members[0].birthDate"
        ),
        (
            #"{"format":"PartyBuildingKit","schemaVersion":2,"communities":[{"id":"A","name":"a","district":"d","fundGrants":[{"year":2025,"purpose":"work","source":"city","amount":1.001}]}]}"#,
            .invalidValue(""), "A", "communities[0].fundGrants[0].amount"
        ),
        (
            #"{"format":"PartyBuildingKit","schemaVersion":2,"communities":[{"id":"A","name":"a","district":"d","development":"demolished"}]}"#,
            .invalidValue(""), "A", "communities[0].development"
        ),
    ]

    @Test(arguments: brokenDocuments)
    func aBrokenDocumentNamesTheFileCommunityAndField(
        _ json: String, _ problem: InterchangeError.Problem, _ community: String?, _ field: String?
    ) throws {
        let error = #expect(throws: InterchangeError.self) {
            try CommunityDataset.decode(Data(json.utf8), file: "data.json")
        }
        #expect(error?.file == "data.json")
        #expect(error?.communityID == community)
        #expect(error?.field == field)
        #expect(error?.storeCode == .corrupted)
        switch (error?.problem, problem) {
        case (.notJSON?, .notJSON), (.invalidValue?, .invalidValue): break
        default: #expect(error?.problem == problem)
        }
        #expect(error?.description.hasPrefix("data.json") == true)
    }

    @Test func optionalFieldsMayBeOmitted() throws {
        let json = #"""
            {"format": "PartyBuildingKit", "schemaVersion": 2, "communities": [
              {"id": "DG", "name": "东关社区", "district": "城中区",
               "organisations": [{"id": "P", "name": "东关社区党支部", "form": "branch"}],
               "members": [{"id": "M-1", "name": "王", "organisationID": "P"}]}]}
            """#
        let community = try #require(CommunityDataset.decode(Data(json.utf8)).communities.first)
        #expect(community.street == nil)
        #expect(community.members.first?.birthDate == nil)
        #expect(community.organisations.first?.parentID == nil)
    }
}

/// The dataset checked against `Documentation/Schema/community-dataset.schema.json` by python3's
/// `jsonschema` package (Draft 2020-12), which the tests need but the library does not.
@Suite(.enabled(if: SchemaValidator.isAvailable, "needs python3 with the jsonschema package (pip install jsonschema)"))
struct InterchangeSchemaTests {
    @Test func theSchemaIsAValidDraft2020Schema() throws {
        let result = try SchemaValidator.run(checkingSchemaOnly: true, documents: [])
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func everyFieldTheLibraryWritesIsInTheSchema() throws {
        let data = try CommunityDataset([Fixture.full(), Fixture.small("b"), ConformanceFixtures.rich()]).encoded()
        let result = try SchemaValidator.run(documents: [data])
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func aDocumentWithOnlyTheRequiredFieldsIsValidAndReadable() throws {
        let json = #"""
            {"format": "PartyBuildingKit", "schemaVersion": 2, "communities": [
              {"id": "DG", "name": "东关社区", "district": "城中区",
               "organisations": [{"id": "P", "name": "党支部", "form": "branch", "headcount": {"total": 3}}],
               "members": [{"id": "M-1", "name": "王", "organisationID": "P"}],
               "workers": [{"id": "W-1", "name": "李", "birthDate": "1980-01-31",
                            "certificate": {"level": "assistant", "obtainedOn": "2011-01-01"},
                            "trainings": [{"title": "t", "level": "city", "startDate": "2025-01-01", "days": 0.5}],
                            "annualPay": [{"year": 2025, "amount": 1}]}],
               "residentsCommittees": [{"id": "RC", "name": "r"}],
               "spaceRemediationPlan": {"summary": "s", "targetDate": "2026-01-01", "approver": "a"},
               "fundGrants": [{"year": 2025, "purpose": "work", "source": "city", "amount": 0}],
               "localAverageWages": [{"year": 2025, "amount": 90000}],
               "secretaryQualifications": [{"year": 2025, "hasAssociateDegreeOrHigher": true, "hasCertificate": false}],
               "exceptions": [{"ruleID": "R", "reason": "r", "approver": "a", "approvedOn": "2025-01-01"}]}]}
            """#
        #expect(try SchemaValidator.run(documents: [Data(json.utf8)]).status == 0)
        #expect(try CommunityDataset.decode(Data(json.utf8)).communities.count == 1)
    }

    @Test func governanceRecordsWithOnlyTheirRequiredFieldsAreValidAndReadable() throws {
        let json = #"""
            {"format": "PartyBuildingKit", "schemaVersion": 2, "communities": [
              {"id": "DG", "name": "东关社区", "district": "城中区", "households": 10, "landArea": 540000,
               "governance": {
                 "grids": [{"id": "G", "level": 1, "name": "一级网格"}],
                 "decisions": [{"id": "D", "title": "t", "steps": [{"kind": "partyLeadership", "date": "2025-01-01"}]}],
                 "mediationNetwork": [{"level": 1, "name": "n", "evidence": []}],
                 "mediationCases": [{"date": "2025-01-01", "outcome": "pending"}],
                 "ledgers": [{"kind": "petitions", "updates": []}],
                 "bodies": [{"id": "B", "kind": "ownersCommittee", "name": "n", "evidence": []}],
                 "coordination": [{"name": "n", "participants": [], "evidence": []}],
                 "electronicLedger": {"system": "s", "since": "2025-01-01", "evidence": []},
                 "compounds": [{"id": "C", "name": "n", "kind": "other", "buildings": [{"name": "1号楼"}]}],
                 "residentUnits": [{"id": "U", "name": "n", "kind": "publicUnit"}],
                 "checklists": [{"id": "L", "scope": "street", "title": "t", "headings": [{"title": "h", "items": []}]}],
                 "checklistAssessments": [{"checklistID": "L", "year": 2025, "assessedOn": "2025-12-31", "completedItems": 0}],
                 "delegatedTasks": [{"title": "t", "delegatedBy": "b", "delegatedOn": "2025-01-01"}],
                 "officeFundShares": [{"year": 2025, "amount": 0}],
                 "fundDisclosures": [{"year": 2025, "date": "2025-01-01", "funds": [], "means": "m"}],
                 "secretaryReports": [{"year": 2025, "date": "2025-01-01", "audience": "membersAndResidents"}],
                 "satisfactionSurveys": [{"date": "2025-01-01", "respondents": 1, "satisfied": 1}],
                 "trainingCoverage": [{"year": 2025, "members": 1, "trained": 0}],
                 "householdParticipation": [{"year": 2025, "campaign": "c", "households": 10}]}}]}
            """#
        #expect(try SchemaValidator.run(documents: [Data(json.utf8)]).status == 0)
        let community = try #require(try CommunityDataset.decode(Data(json.utf8)).communities.first)
        #expect(community.landArea == Area(squareMetres: 540_000))
        #expect(community.governance.grids.first?.leaders == [] && community.governance.grids.first?.memberIDs == [])
        #expect(community.governance.compounds.first?.buildings.first?.partyGroupID == nil)
        #expect(community.governance.delegatedTasks.first?.funding == nil)
    }

    /// A nested list the decoder requires is required by the schema too.
    @Test(arguments: [
        #"{"decisions": [{"id": "D", "title": "t"}]}"#, #"{"ledgers": [{"kind": "other"}]}"#,
        #"{"mediationNetwork": [{"level": 1, "name": "n"}]}"#,
        #"{"checklists": [{"id": "L", "scope": "street", "title": "t"}]}"#,
        #"{"coordination": [{"name": "n", "evidence": []}]}"#,
        #"{"compounds": [{"id": "C", "name": "n", "kind": "other"}]}"#,
        #"{"electronicLedger": {"system": "s", "since": "2025-01-01"}}"#,
    ])
    func theSchemaAndTheReaderRefuseTheSameIncompleteGovernance(_ governance: String) throws {
        let json =
            #"{"format": "PartyBuildingKit", "schemaVersion": 2, "communities": [{"id": "A", "name": "a", "district": "d", "governance": "#
            + governance + "}]}"
        #expect(try SchemaValidator.run(documents: [Data(json.utf8)]).status == 1)
        #expect(throws: InterchangeError.self) { try CommunityDataset.decode(Data(json.utf8)) }
    }

    @Test func applicantsWithOnlyTheirRequiredFieldsAreValidAndReadable() throws {
        let json = #"""
            {"format": "PartyBuildingKit", "schemaVersion": 2, "communities": [
              {"id": "DG", "name": "东关社区", "district": "城中区",
               "organisations": [{"id": "P", "name": "党支部", "form": "branch"}],
               "members": [{"id": "M-1", "name": "王", "organisationID": "P"}],
               "exceptions": [{"ruleID": "R", "subject": {"applicant": "A-2"}, "reason": "r", "approver": "a",
                               "approvedOn": "2025-01-01"}],
               "applicants": [
                 {"id": "A-1", "name": "李", "organisationID": "P", "applied": "2020-01-01"},
                 {"id": "A-2", "name": "张", "organisationID": "P", "applied": "2020-01-01",
                  "activist": {"date": "2020-03-01", "contacts": []},
                  "target": {"date": "2021-03-01"},
                  "politicalReview": {"date": "2021-04-01", "passed": true},
                  "training": {"date": "2021-05-01"},
                  "vote": {"date": "2021-07-01", "entitled": 3, "present": 3, "yes": 2},
                  "approval": {"date": "2021-08-01", "approver": "街道党工委", "level": "primaryCommittee",
                               "approved": false},
                  "probation": {}},
                 {"id": "A-3", "name": "赵", "organisationID": "P", "applied": "2020-01-01",
                  "probation": {"extended": {"date": "2022-07-01", "months": 6}}}]}]}
            """#
        #expect(try SchemaValidator.run(documents: [Data(json.utf8)]).status == 0)
        let community = try #require(try CommunityDataset.decode(Data(json.utf8)).communities.first)
        #expect(community.applicants.map(\.id) == ["A-1", "A-2", "A-3"])
        #expect(community.applicants[0].probation == ProbationDecisions())
        #expect(community.applicants[1].training?.days == nil && community.applicants[1].training?.classHours == nil)
        #expect(community.applicants[1].approval?.approved == false)
        #expect(community.applicants[2].probation.extended?.months == 6)
        #expect(community.exceptions.first?.subject == .applicant("A-2"))
    }

    /// A field the applicant's decoder requires is required by the schema too.
    @Test(arguments: [
        #"{"id": "A", "name": "n", "organisationID": "P"}"#,
        #"{"id": "A", "name": "n", "organisationID": "P", "applied": "2020-01-01", "activist": {"date": "2020-02-01"}}"#,
        #"{"id": "A", "name": "n", "organisationID": "P", "applied": "2020-01-01", "politicalReview": {"date": "2020-02-01"}}"#,
        #"{"id": "A", "name": "n", "organisationID": "P", "applied": "2020-01-01", "vote": {"date": "2020-02-01", "entitled": 3, "present": 3}}"#,
        #"{"id": "A", "name": "n", "organisationID": "P", "applied": "2020-01-01", "approval": {"date": "2020-02-01", "approver": "a", "level": "subBody"}}"#,
        #"{"id": "A", "name": "n", "organisationID": "P", "applied": "2020-01-01", "approval": {"date": "2020-02-01", "approver": "a", "level": "branch", "approved": true}}"#,
        #"{"id": "A", "name": "n", "organisationID": "P", "applied": "2020-01-01", "probation": {"extended": {"date": "2020-02-01"}}}"#,
    ])
    func theSchemaAndTheReaderRefuseTheSameIncompleteApplicant(_ applicant: String) throws {
        let json =
            #"{"format": "PartyBuildingKit", "schemaVersion": 2, "communities": [{"id": "A", "name": "a", "district": "d", "applicants": ["#
            + applicant + "]}]}"
        #expect(try SchemaValidator.run(documents: [Data(json.utf8)]).status == 1)
        #expect(throws: InterchangeError.self) { try CommunityDataset.decode(Data(json.utf8)) }
    }

    @Test func theDocumentedExampleIsValidAndReadable() throws {
        let article = try String(
            contentsOf: SchemaValidator.schema.deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("InterchangeFormat.md"), encoding: .utf8)
        let start = try #require(article.range(of: "```json\n")).upperBound
        let end = try #require(article.range(of: "```", range: start..<article.endIndex)).lowerBound
        let example = Data(article[start..<end].utf8)
        #expect(try SchemaValidator.run(documents: [example]).status == 0)
        let community = try #require(CommunityDataset.decode(example).communities.first)
        #expect(community.serviceSpace == Area(hundredthsOfSquareMetre: 60_050))
        #expect(throws: Never.self) { try community.validate(on: CalendarDate("2025-12-31")) }
    }

    @Test func theSchemaRejectsAMisspelledField() throws {
        let json =
            #"{"format": "PartyBuildingKit", "schemaVersion": 2, "communities": [{"id": "A", "name": "a", "district": "d", "housholds": 3}]}"#
        let result = try SchemaValidator.run(documents: [Data(json.utf8)])
        #expect(result.status == 1)
        #expect(result.output.contains("housholds"))
    }
}

/// Runs python3's `jsonschema` on documents.
enum SchemaValidator {
    /// The schema file, found from this source file's place in the repository.
    static let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Documentation/Schema/community-dataset.schema.json")

    /// Whether python3 and its `jsonschema` package are installed.
    static let isAvailable: Bool = (try? python(["-c", "import jsonschema"]).status) == 0

    /// Validates each document against the schema: status 0 when all are valid, 1 with the errors otherwise.
    static func run(checkingSchemaOnly: Bool = false, documents: [Data]) throws -> (status: Int32, output: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var paths: [String] = []
        for (index, document) in documents.enumerated() {
            let file = directory.appendingPathComponent("\(index).json")
            try document.write(to: file)
            paths.append(file.path)
        }
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            validator = jsonschema.Draft202012Validator(schema)
            errors = [f"{path}: {list(e.absolute_path)}: {e.message}" for path in sys.argv[2:]
                      for e in validator.iter_errors(json.load(open(path)))]
            print("\\n".join(errors))
            sys.exit(1 if errors else 0)
            """
        return try python(["-c", script, schema.path] + paths)
    }

    private static func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
