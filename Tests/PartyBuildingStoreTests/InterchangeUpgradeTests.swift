import Foundation
import PartyBuilding
import Testing

/// A version-1 document reads as exactly the version-2 models, and a version-2 document with a
/// version-1 field is refused by name.
@Suite struct InterchangeUpgradeTests {
    /// The checked-in version-1 file.
    static let version1File = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/community-v1.json")

    /// What the version-1 file says, in the version-2 models.
    static var expected: Community {
        var community = Community(
            id: "DG", name: "东关社区", district: "城中区", households: 2145, residents: 7393,
            serviceSpace: Area(hundredthsOfSquareMetre: 60_005))
        community.fundGrants = [FundGrant(year: 2010, purpose: .activity, source: .city, amount: Money(fen: 1_500_050))]
        community.organisations = [
            PartyOrganisation(id: "P", name: "东关社区党总支", form: .generalBranch),
            PartyOrganisation(id: "P-1", name: "东关社区第一党支部", form: .branch, parentID: "P"),
            PartyOrganisation(
                id: "P-2", name: "东关社区第二党支部", form: .branch, parentID: "P", headcount: .init(total: 7)),
        ]
        community.elections = [
            CommitteeElection(organisationID: "P", date: CalendarDate("2008-02-29")),
            CommitteeElection(organisationID: "P-1", date: CalendarDate("2009-03-15")),
        ]
        func member(_ id: MemberID, _ name: String, _ events: [MembershipEvent]) -> Member {
            Member(id: id, name: name, organisationID: "P-1", events: events)
        }
        var formal = member(
            "M-3", "张建国", [.init(.admitted, on: CalendarDate("1985-06-30")), .init(.madeFull, on: nil)])
        formal.birthDate = CalendarDate("1958-03-01")
        var incoming = member("M-5", "陈立", [.init(.migratedIn(status: .formal), on: nil), .init(.enrolled, on: nil)])
        incoming.relationship = .heldElsewhere
        var retired = member("M-8", "周敏", [])
        retired.employment = .retired
        community.members = [
            member("M-1", "王小明", [.init(.admitted, on: CalendarDate("2010-07-01"))]),
            member("M-2", "李红", [.init(.admitted, on: nil)]),
            formal,
            member("M-4", "赵芳", []),
            incoming,
            member(
                "M-6", "刘洋",
                [
                    .init(.admitted, on: CalendarDate("2010-01-15")),
                    .init(.migratedIn(status: .probationary), on: nil),
                    .init(.enrolled, on: nil),
                ]),
            member(
                "M-7", "孙强",
                [
                    .init(.admitted, on: CalendarDate("1999-12-01")), .init(.madeFull, on: nil),
                    .init(.migratedOut(certificate: nil, contact: nil), on: nil),
                ]),
            retired,
        ]
        return community
    }

    @Test func theVersion1FileUpgradesToExactlyTheVersion2Models() throws {
        let dataset = try CommunityDataset.read(from: Self.version1File)
        #expect(dataset == CommunityDataset([Self.expected]))
    }

    @Test func theUpgradedMembersSayWhatVersion1Said() throws {
        let community = try #require(CommunityDataset.read(from: Self.version1File).communities.first)
        let day = CalendarDate("2011-01-01")
        let statuses = community.members.map { $0.status(on: day) }
        #expect(statuses == [.probationary, .probationary, .formal, .formal, .formal, .probationary, .formal, .formal])
        let migrations = community.members.map { $0.migration(on: day) }
        #expect(migrations == [.none, .none, .none, .none, .incoming, .incoming, .outgoing, .none])
        #expect(
            community.members.map(\.admissionDate) == [
                CalendarDate("2010-07-01"), nil, CalendarDate("1985-06-30"), nil, nil, CalendarDate("2010-01-15"),
                CalendarDate("1999-12-01"), nil,
            ])
        // Admitted on a known day: not a member the day before.
        #expect(community.members[0].status(on: CalendarDate("2010-06-30")) == nil)
        #expect(community.members[2].status(on: CalendarDate("1985-06-29")) == nil)
        #expect(community.lastElection(of: "P-1")?.date == CalendarDate("2009-03-15"))
        #expect(community.lastElection(of: "P-2") == nil)
    }

    @Test func theUpgradedDatasetIsWrittenAsVersion2AndReadsBackEqual() throws {
        let dataset = try CommunityDataset.read(from: Self.version1File)
        let text = String(decoding: try dataset.encoded(prettyPrinted: false), as: UTF8.self)
        #expect(text.hasSuffix("\"schemaVersion\":2}"))
        #expect(
            !text.contains("\"admittedOn\"") && !text.contains("\"lastElection\"") && !text.contains("\"migration\""))
        #expect(try CommunityDataset.decode(Data(text.utf8)) == dataset)
    }

    static let version1FieldsInVersion2: [(String, String, String)] = [
        (#"{"id":"M","name":"m","organisationID":"P","status":"formal"}"#, "", "members[0].status"),
        (#"{"id":"M","name":"m","organisationID":"P","admittedOn":"2020-01-01"}"#, "", "members[0].admittedOn"),
        (#"{"id":"M","name":"m","organisationID":"P","migration":"none"}"#, "", "members[0].migration"),
        ("", #"{"id":"P","name":"p","form":"branch","lastElection":"2020-01-01"}"#, "organisations[0].lastElection"),
    ]

    @Test(arguments: version1FieldsInVersion2)
    func aVersion2DocumentWithAVersion1FieldIsRefusedByName(_ member: String, _ organisation: String, _ field: String)
        throws
    {
        let json = """
            {"format":"PartyBuildingKit","schemaVersion":2,"communities":[{"id":"A","name":"a","district":"d",
             "organisations":[\(organisation)],"members":[\(member)]}]}
            """
        let error = #expect(throws: InterchangeError.self) {
            try CommunityDataset.decode(Data(json.utf8), file: "v2.json")
        }
        #expect(
            error?.problem
                == .retiredField(version: 1, replacedBy: member.isEmpty ? "the community's elections" : "events"))
        #expect(error?.field == "communities[0]." + field)
        #expect(error?.communityID == "A")
        #expect(error?.storeCode == .corrupted)
        #expect(error?.description.contains("is a field of schema version 1") == true)
    }

    @Test func aVersion1DocumentWithoutTheRetiredFieldsUpgradesUnchanged() throws {
        let json = #"""
            {"format":"PartyBuildingKit","schemaVersion":1,"communities":[{"id":"A","name":"a","district":"d",
             "organisations":[{"id":"P","name":"p","form":"branch"}],
             "members":[{"id":"M","name":"m","organisationID":"P"}]}]}
            """#
        let community = try #require(CommunityDataset.decode(Data(json.utf8)).communities.first)
        #expect(community.members == [Member(id: "M", name: "m", organisationID: "P")])
        #expect(community.elections.isEmpty)
    }
}
