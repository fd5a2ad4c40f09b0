import Foundation
import PartyBuilding
import PartyBuildingStoreTesting
import Testing

@testable import SQLiteStore

@Suite("SQLiteStore migration from schema version 1")
struct MigrationTests {
    /// A database at schema version 1 with members of every version-1 status, admission and migration,
    /// and organisations with and without a last election.
    static func version1Database() throws -> TemporaryDatabase {
        let database = try TemporaryDatabase()
        let raw = try RawDatabase(path: database.path)
        try raw.execute(SQLiteSchema.migrations[0].sql)
        try raw.execute(
            """
            INSERT INTO communities (key, id, lookup_id, name, district, development, households, residents,
                residential_floor_area_hundredths_m2, is_concentrated_resettlement, has_management_service_centre,
                service_space_hundredths_m2, work_and_activity_room_area_hundredths_m2, party_use_area_hundredths_m2)
            VALUES (1, 'DG', 'DG', '东关社区', '城中区', 'existing', 0, 0, 0, 0, 0, 0, 0, 0);
            INSERT INTO organisations (community, ordinal, id, name, form, last_election)
            VALUES (1, 0, 'P', '党总支', 'generalBranch', '2008-02-29'), (1, 1, 'P-1', '第一党支部', 'branch', NULL);
            INSERT INTO members (community, ordinal, id, name, organisation_id, status, relationship, employment,
                migration, has_limited_mobility, birth_date, admitted_on)
            VALUES
                (1, 0, 'M-1', '王', 'P-1', 'probationary', 'heldByCommunity', 'employed', 'none', 0, NULL, '2010-07-01'),
                (1, 1, 'M-2', '李', 'P-1', 'probationary', 'heldByCommunity', 'employed', 'none', 0, NULL, NULL),
                (1, 2, 'M-3', '张', 'P-1', 'formal', 'heldByCommunity', 'retired', 'none', 1, '1958-03-01', '1985-06-30'),
                (1, 3, 'M-4', '赵', 'P-1', 'formal', 'heldByCommunity', 'employed', 'none', 0, NULL, NULL),
                (1, 4, 'M-5', '陈', 'P-1', 'formal', 'heldElsewhere', 'employed', 'incoming', 0, NULL, NULL),
                (1, 5, 'M-6', '刘', 'P-1', 'probationary', 'heldByCommunity', 'employed', 'incoming', 0, NULL, '2010-01-15'),
                (1, 6, 'M-7', '孙', 'P-1', 'formal', 'heldByCommunity', 'employed', 'outgoing', 0, NULL, '1999-12-01');
            PRAGMA application_id = \(SQLiteSchema.applicationID);
            PRAGMA user_version = 1;
            """)
        return database
    }

    @Test("the migration moves status, admission, migration and last election into events and elections")
    func migratesVersion1Columns() async throws {
        let database = try Self.version1Database()
        let community = try #require(try await database.store().community("DG"))
        #expect(
            try RawDatabase(path: database.path).value("PRAGMA user_version") == String(SQLiteSchema.latestVersion))
        func admitted(_ day: CalendarDate?) -> MembershipEvent { MembershipEvent(.admitted, on: day) }
        #expect(
            community.members.map(\.events) == [
                [admitted("2010-07-01")],
                [admitted(nil)],
                [admitted("1985-06-30"), MembershipEvent(.madeFull, on: nil)],
                [],
                [MembershipEvent(.migratedIn(status: .formal), on: nil), MembershipEvent(.enrolled, on: nil)],
                [
                    admitted("2010-01-15"), MembershipEvent(.migratedIn(status: .probationary), on: nil),
                    MembershipEvent(.enrolled, on: nil),
                ],
                [
                    admitted("1999-12-01"), MembershipEvent(.madeFull, on: nil),
                    MembershipEvent(.migratedOut(certificate: nil, contact: nil), on: nil),
                ],
            ])
        #expect(community.elections == [CommitteeElection(organisationID: "P", date: CalendarDate("2008-02-29"))])
        #expect(community.members[2].birthDate == CalendarDate("1958-03-01") && community.members[2].hasLimitedMobility)
        let columns = try RawDatabase(path: database.path).column("SELECT name FROM pragma_table_info('members')")
        #expect(!columns.contains("status") && !columns.contains("migration") && !columns.contains("admitted_on"))
    }

    @Test("a migrated member reads as the interchange format's upgrade of the same version-1 member reads")
    func agreesWithTheInterchangeUpgrade() async throws {
        let database = try Self.version1Database()
        let stored = try #require(try await database.store().community("DG"))
        let json = """
            {"format":"PartyBuildingKit","schemaVersion":1,"communities":[{"id":"DG","name":"东关社区","district":"城中区",
             "organisations":[{"id":"P","name":"党总支","form":"generalBranch","lastElection":"2008-02-29"},
                              {"id":"P-1","name":"第一党支部","form":"branch"}],
             "members":[{"id":"M-7","name":"孙","organisationID":"P-1","status":"formal","admittedOn":"1999-12-01",
                         "migration":"outgoing"}]}]}
            """
        let upgraded = try #require(try CommunityDataset.decode(Data(json.utf8)).communities.first)
        #expect(upgraded.members[0].events == stored.members[6].events)
        #expect(upgraded.elections == stored.elections)
    }
}

@Suite("SQLiteStore migration from schema version 2")
struct Version2MigrationTests {
    /// A database at schema version 2, built by migrations 1 and 2 only, with a community that has
    /// organisations (one founded and dissolved), a member with an event, and a Party group with a member.
    static func version2Database() throws -> TemporaryDatabase {
        let database = try TemporaryDatabase()
        let raw = try RawDatabase(path: database.path)
        try raw.execute(SQLiteSchema.migrations[0].sql)
        try raw.execute(SQLiteSchema.migrations[1].sql)
        try raw.execute(
            """
            INSERT INTO communities (key, id, lookup_id, name, district, development, households, residents,
                residential_floor_area_hundredths_m2, is_concentrated_resettlement, has_management_service_centre,
                service_space_hundredths_m2, work_and_activity_room_area_hundredths_m2, party_use_area_hundredths_m2)
            VALUES (1, 'DG', 'DG', '东关社区', '城中区', 'existing', 0, 0, 0, 0, 0, 0, 0, 0);
            INSERT INTO organisations (community, ordinal, id, name, form, founded, dissolved)
            VALUES (1, 0, 'P', '党总支', 'generalBranch', '2004-02-29', NULL),
                (1, 1, 'P-1', '第一党支部', 'branch', NULL, '2030-12-31');
            INSERT INTO members (community, ordinal, id, name, organisation_id, relationship, employment,
                has_limited_mobility, birth_date)
            VALUES (1, 0, 'M-1', '王', 'P-1', 'heldByCommunity', 'employed', 0, '1958-03-01');
            INSERT INTO member_events (community, member, ordinal, kind, date) VALUES (1, 0, 0, 'admitted', '2010-07-01');
            INSERT INTO party_groups (community, ordinal, id, organisation_id, name) VALUES (1, 0, 'G', 'P-1', '第一党小组');
            INSERT INTO party_group_members (community, party_group, ordinal, member_id) VALUES (1, 0, 0, 'M-1');
            PRAGMA user_version = 2;
            """)
        return database
    }

    @Test("opening a version-2 database adds organisation_units and keeps every row")
    func migratesToVersion3() async throws {
        let database = try Self.version2Database()
        let store = try database.store()
        let raw = try RawDatabase(path: database.path)
        #expect(try raw.value("PRAGMA user_version") == String(SQLiteSchema.latestVersion))
        #expect(try raw.value("SELECT count(*) FROM organisation_units") == "0")
        let community = try #require(try await store.community("DG"))
        #expect(community.organisations.map(\.id) == ["P", "P-1"])
        #expect(community.organisations.map(\.founded) == [CalendarDate("2004-02-29"), nil])
        #expect(community.organisations.map(\.dissolved) == [nil, CalendarDate("2030-12-31")])
        #expect(community.organisations.allSatisfy { $0.coveredUnits.isEmpty })
        #expect(community.members.map(\.id) == ["M-1"])
        #expect(community.members[0].events == [MembershipEvent(.admitted, on: CalendarDate("2010-07-01"))])
        #expect(community.partyGroups.map(\.memberIDs) == [["M-1"]])
    }

    @Test("a migrated database stores the units a joint branch covers")
    func migratedDatabaseStoresCoveredUnits() async throws {
        let database = try Self.version2Database()
        var community = try #require(try await database.store().community("DG"))
        community.organisations[1].coveredUnits = ["甲科技有限公司", "乙物业服务有限公司"]
        try await database.store().save(community)
        #expect(try await database.store().community("DG") == community)
    }
}

@Suite("SQLiteStore migration from schema version 3")
struct Version3MigrationTests {
    /// The community ``version3Database()`` holds, as it reads after the migration.
    static let stored: Community = {
        var community = Community(
            id: "DG", name: "东关社区", district: "城中区", street: "东关街道", development: .planned, households: 2145,
            residents: 7393, registeredResidents: 6120,
            residentialFloorArea: Area(hundredthsOfSquareMetre: 15_000_050), isConcentratedResettlement: true,
            hasManagementServiceCentre: false,
            residentsCommittees: [
                ResidentsCommittee(id: "RC-1", name: "第一居委会"), ResidentsCommittee(id: "RC-2", name: "第二居委会"),
            ],
            serviceSpace: Area(squareMetres: 450), workAndActivityRoomArea: Area(squareMetres: 300),
            partyUseArea: Area(hundredthsOfSquareMetre: 10_050),
            spaceRemediationPlan: RemediationPlan(
                summary: "租用商铺补足", targetDate: CalendarDate("2013-12-31"), approver: "城中区民政局"))
        community.organisations = [
            PartyOrganisation(id: "P", name: "党总支", form: .generalBranch),
            PartyOrganisation(
                id: "P-1", name: "第一党支部", form: .branch, parentID: "P", residentsCommitteeID: "RC-1",
                coveredUnits: ["甲科技有限公司"]),
        ]
        community.fundGrants = [
            FundGrant(year: 2012, purpose: .work, source: .district, amount: Money(fen: 12_345_600))
        ]
        return community
    }()

    /// A database at schema version 3, built by migrations 1 to 3 only, holding ``stored``: every
    /// figure set, its residents' committees listed and referenced by an organisation, and child rows
    /// (organisations, covered units, a grant) that the rebuilt columns must not take away.
    static func version3Database() throws -> TemporaryDatabase {
        let database = try TemporaryDatabase()
        let raw = try RawDatabase(path: database.path)
        try raw.execute("PRAGMA foreign_keys = ON")
        for migration in SQLiteSchema.migrations[0..<3] { try raw.execute(migration.sql) }
        try raw.execute(
            """
            INSERT INTO communities (key, id, lookup_id, name, district, street, development, households, residents,
                registered_residents, residential_floor_area_hundredths_m2, is_concentrated_resettlement,
                has_management_service_centre, service_space_hundredths_m2, work_and_activity_room_area_hundredths_m2,
                party_use_area_hundredths_m2, remediation_summary, remediation_target_date, remediation_approver)
            VALUES (1, 'DG', 'DG', '东关社区', '城中区', '东关街道', 'planned', 2145, 7393, 6120, 15000050, 1, 0, 45000,
                30000, 10050, '租用商铺补足', '2013-12-31', '城中区民政局');
            INSERT INTO residents_committees (community, ordinal, id, name)
            VALUES (1, 0, 'RC-1', '第一居委会'), (1, 1, 'RC-2', '第二居委会');
            INSERT INTO organisations (community, ordinal, id, name, form, parent_id, residents_committee_id)
            VALUES (1, 0, 'P', '党总支', 'generalBranch', NULL, NULL), (1, 1, 'P-1', '第一党支部', 'branch', 'P', 'RC-1');
            INSERT INTO organisation_units (community, organisation, ordinal, name) VALUES (1, 1, 0, '甲科技有限公司');
            INSERT INTO fund_grants (community, ordinal, year, purpose, source, amount_fen)
            VALUES (1, 0, 2012, 'work', 'district', 12345600);
            PRAGMA user_version = 3;
            """)
        return database
    }

    /// The columns of `communities` that version 4 makes nullable.
    static let figureColumns = [
        "development", "households", "residents", "residential_floor_area_hundredths_m2",
        "is_concentrated_resettlement", "has_management_service_centre", "service_space_hundredths_m2",
        "work_and_activity_room_area_hundredths_m2", "party_use_area_hundredths_m2",
    ]

    @Test("opening a version-3 database makes the figures nullable and keeps every row, committees listed")
    func migratesToVersion4() async throws {
        let database = try Self.version3Database()
        let store = try database.store()
        let raw = try RawDatabase(path: database.path)
        #expect(try raw.value("PRAGMA user_version") == String(SQLiteSchema.latestVersion))
        #expect(try await store.community("DG") == Self.stored)
        #expect(try await database.store().community("DG") == Self.stored)
        #expect(try raw.value("SELECT key FROM communities WHERE lookup_id = 'DG'") == "1")
        #expect(try raw.value("SELECT residents_committees_listed FROM communities") == "1")
        for column in Self.figureColumns {
            #expect(
                try raw.value("SELECT \"notnull\" FROM pragma_table_info('communities') WHERE name = '\(column)'")
                    == "0", "\(column)")
            #expect(
                !(try raw.column("SELECT name FROM pragma_table_info('communities')").contains("\(column)_new")),
                "\(column)")
        }
        #expect(try raw.column("PRAGMA foreign_key_check") == [])
        #expect(try raw.value("PRAGMA integrity_check") == "ok")
    }

    @Test("a flag column keeps its CHECK after the migration: NULL passes, 2 does not")
    func flagsKeepTheirCheck() async throws {
        let database = try Self.version3Database()
        _ = try database.store()
        let raw = try RawDatabase(path: database.path)
        try raw.execute(
            "UPDATE communities SET is_concentrated_resettlement = NULL, has_management_service_centre = NULL")
        for column in ["is_concentrated_resettlement", "has_management_service_centre", "residents_committees_listed"] {
            #expect(throws: RawDatabaseError.self, "\(column)") {
                try raw.execute("UPDATE communities SET \(column) = 2")
            }
        }
    }

    @Test("after the migration, a community with every figure and the committees unrecorded round-trips")
    func unrecordedFiguresRoundTrip() async throws {
        let database = try Self.version3Database()
        let store = try database.store()
        var unrecorded = Community(id: "N", name: "新建社区", district: "城中区")
        unrecorded.fundGrants = [FundGrant(year: 2012, purpose: .work, source: .unspecified, amount: Money(fen: 100))]
        var none = Community(id: "E", name: "无居委会社区", district: "城中区", residentsCommittees: [])
        none.households = 0
        try await store.save([unrecorded, none])
        #expect(try await store.community("N") == unrecorded)
        #expect(try await store.community("E") == none)
        #expect(try await database.store().communities(["DG", "N", "E"]) == [Self.stored, unrecorded, none])
        let raw = try RawDatabase(path: database.path)
        for column in Self.figureColumns {
            #expect(try raw.value("SELECT typeof(\(column)) FROM communities WHERE id = 'N'") == "null", "\(column)")
        }
        #expect(try raw.value("SELECT residents_committees_listed FROM communities WHERE id = 'N'") == "0")
        #expect(try raw.value("SELECT residents_committees_listed FROM communities WHERE id = 'E'") == "1")
        #expect(try raw.value("SELECT households FROM communities WHERE id = 'E'") == "0")
        #expect(try raw.value("SELECT source FROM fund_grants WHERE community = 2") == "unspecified")
    }
}

@Suite("SQLiteStore migration from schema version 4")
struct Version4MigrationTests {
    /// The community ``version4Database()`` holds, as it reads after the migration: no land area and
    /// no governance records.
    static let stored: Community = {
        var community = Community(
            id: "DG", name: "东关社区", district: "城中区", households: 2145, residentsCommittees: [],
            serviceSpace: Area(squareMetres: 450))
        community.organisations = [PartyOrganisation(id: "P", name: "党总支", form: .generalBranch)]
        community.members = [
            Member(
                id: "M-1", name: "王", organisationID: "P", events: [MembershipEvent(.admitted, on: "2010-07-01")])
        ]
        community.workers = [CommunityWorker(id: "W-0", name: "李", birthDate: CalendarDate("1980-02-29"))]
        return community
    }()

    /// A database at schema version 4, built by migrations 1 to 4 only, holding ``stored``.
    static func version4Database() throws -> TemporaryDatabase {
        let database = try TemporaryDatabase()
        let raw = try RawDatabase(path: database.path)
        try raw.execute("PRAGMA foreign_keys = ON")
        for migration in SQLiteSchema.migrations[0..<4] { try raw.execute(migration.sql) }
        try raw.execute(
            """
            INSERT INTO communities (key, id, lookup_id, name, district, households, service_space_hundredths_m2,
                residents_committees_listed)
            VALUES (1, 'DG', 'DG', '东关社区', '城中区', 2145, 45000, 1);
            INSERT INTO organisations (community, ordinal, id, name, form) VALUES (1, 0, 'P', '党总支', 'generalBranch');
            INSERT INTO members (community, ordinal, id, name, organisation_id, relationship, employment,
                has_limited_mobility)
            VALUES (1, 0, 'M-1', '王', 'P', 'heldByCommunity', 'employed', 0);
            INSERT INTO member_events (community, member, ordinal, kind, date) VALUES (1, 0, 0, 'admitted', '2010-07-01');
            INSERT INTO workers (community, ordinal, id, name, birth_date, education, is_studying_for_degree,
                is_full_time)
            VALUES (1, 0, 'W-0', '李', '1980-02-29', 'seniorSecondary', 0, 1);
            PRAGMA user_version = 4;
            """)
        return database
    }

    @Test("opening a version-4 database adds the land area and the governance tables and keeps every row")
    func migratesToVersion5() async throws {
        let database = try Self.version4Database()
        let store = try database.store()
        let raw = try RawDatabase(path: database.path)
        #expect(try raw.value("PRAGMA user_version") == String(SQLiteSchema.latestVersion))
        #expect(try await store.community("DG") == Self.stored)
        #expect(try raw.value("SELECT typeof(land_area_hundredths_m2) FROM communities") == "null")
        let tables = Set(try raw.column("SELECT name FROM sqlite_master WHERE type = 'table'"))
        #expect(Set(GovernanceTests.tables).isSubset(of: tables))
        for table in GovernanceTests.tables {
            #expect(try raw.value("SELECT count(*) FROM \(table)") == "0", "\(table)")
        }
        #expect(try raw.column("PRAGMA foreign_key_check") == [])
        #expect(try raw.value("PRAGMA integrity_check") == "ok")
    }

    @Test("a migrated database stores a community's land area and governance records, and a new one beside it")
    func migratedDatabaseStoresGovernance() async throws {
        let database = try Self.version4Database()
        var community = try #require(try await database.store().community("DG"))
        community.landArea = Area(squareMetres: 540_000)
        community.governance = CommunityGovernance(
            grids: [
                Grid(id: "G-1", level: 1, name: "一级网格", leaders: [GridLeader(name: "街道书记")]),
                Grid(
                    id: "G-2", level: 2, name: "二级网格", parentID: "G-1",
                    leaders: [GridLeader(name: "王", memberID: "M-1")],
                    memberIDs: ["M-1"], organisationID: "P"),
            ],
            decisions: [
                Decision(
                    id: "D", title: "加装电梯",
                    steps: [
                        DecisionStep(kind: .partyLeadership, date: "2024-03-01", reference: "纪要 1"),
                        DecisionStep(kind: .residentsMeeting, date: "2024-04-01"),
                    ])
            ],
            ledgers: [Ledger(kind: .petitions, updates: ["2024-01-31", "2024-02-29"])],
            electronicLedger: ElectronicLedger(
                system: "智慧党建", since: "2020-01-01",
                evidence: [Evidence(kind: .document, date: "2020-01-01", reference: "城中党发〔2020〕1号")]),
            checklists: [
                Checklist(
                    id: "L", scope: .community, title: "六化体系",
                    headings: [Checklist.Heading(title: "组织建设区域化", items: ["联建共建", "区域化党建"])])
            ],
            checklistAssessments: [
                ChecklistAssessment(checklistID: "L", year: 2024, assessedOn: "2024-12-31", completedItems: 2)
            ],
            delegatedTasks: [
                DelegatedTask(title: "普查", delegatedBy: "区统计局", delegatedOn: "2024-05-01", funding: .zero)
            ],
            oneStopPosts: [OneStopPost(workerID: "W-0", post: "党员服务窗口", since: "2021-01-01", wearsNameBadge: true)])
        try community.validate(on: ConformanceFixtures.referenceDate)
        try await database.store().save([community, ConformanceFixtures.rich(id: "R")])
        #expect(try await database.store().community("DG") == community)
        #expect(try await database.store().community("R") == ConformanceFixtures.rich(id: "R"))
        let raw = try RawDatabase(path: database.path)
        #expect(try raw.value("SELECT land_area_hundredths_m2 FROM communities WHERE id = 'DG'") == "54000000")
        #expect(try raw.column("PRAGMA foreign_key_check") == [])
    }
}

@Suite("SQLiteStore migration from schema version 5")
struct Version5MigrationTests {
    /// The community ``version5Database()`` holds, as it reads after the migration: no applicants.
    static let stored: Community = {
        var community = Community(id: "DG", name: "东关社区", district: "城中区", households: 2145)
        community.organisations = [PartyOrganisation(id: "P", name: "党总支", form: .generalBranch)]
        community.members = [Member(id: "M-1", name: "王", organisationID: "P")]
        community.exceptions = [
            RuleException(
                ruleID: "NAT.grid", subject: .partyGroup("PG-1"), reason: "试点", approver: "街道党工委",
                approvedOn: "2024-01-01")
        ]
        community.landArea = Area(squareMetres: 540_000)
        community.governance.grids = [Grid(id: "G-1", level: 1, name: "一级网格")]
        return community
    }()

    /// A database at schema version 5, built by migrations 1 to 5 only, holding ``stored``.
    static func version5Database() throws -> TemporaryDatabase {
        let database = try TemporaryDatabase()
        let raw = try RawDatabase(path: database.path)
        try raw.execute("PRAGMA foreign_keys = ON")
        for migration in SQLiteSchema.migrations[0..<5] { try raw.execute(migration.sql) }
        try raw.execute(
            """
            INSERT INTO communities (key, id, lookup_id, name, district, households, residents_committees_listed,
                land_area_hundredths_m2)
            VALUES (1, 'DG', 'DG', '东关社区', '城中区', 2145, 0, 54000000);
            INSERT INTO organisations (community, ordinal, id, name, form) VALUES (1, 0, 'P', '党总支', 'generalBranch');
            INSERT INTO members (community, ordinal, id, name, organisation_id, relationship, employment,
                has_limited_mobility)
            VALUES (1, 0, 'M-1', '王', 'P', 'heldByCommunity', 'employed', 0);
            INSERT INTO exceptions (community, ordinal, rule_id, subject_kind, subject_id, reason, approver, approved_on)
            VALUES (1, 0, 'NAT.grid', 'partyGroup', 'PG-1', '试点', '街道党工委', '2024-01-01');
            INSERT INTO grids (community, ordinal, id, level, name) VALUES (1, 0, 'G-1', 1, '一级网格');
            PRAGMA application_id = \(SQLiteSchema.applicationID);
            PRAGMA user_version = 5;
            """)
        return database
    }

    @Test("opening a version-5 database adds the applicant tables, empty, and keeps every row")
    func migratesToVersion6() async throws {
        let database = try Self.version5Database()
        let store = try database.store()
        let raw = try RawDatabase(path: database.path)
        #expect(try raw.value("PRAGMA user_version") == String(SQLiteSchema.latestVersion))
        #expect(try await store.community("DG") == Self.stored)
        let tables = Set(try raw.column("SELECT name FROM sqlite_master WHERE type = 'table'"))
        #expect(Set(ApplicantTests.tables).isSubset(of: tables))
        for table in ApplicantTests.tables {
            #expect(try raw.value("SELECT count(*) FROM \(table)") == "0", "\(table)")
        }
        #expect(try raw.column("PRAGMA foreign_key_check") == [])
        #expect(try raw.value("PRAGMA integrity_check") == "ok")
    }

    @Test("a migrated database stores applicants and an exception about one, and a rich community beside it")
    func migratedDatabaseStoresApplicants() async throws {
        let database = try Self.version5Database()
        var community = try #require(try await database.store().community("DG"))
        var applicant = Applicant(id: "A-1", name: "李", organisationID: "P", applied: "2024-03-01")
        applicant.activist = ActivistDesignation(date: "2024-06-01", contacts: ["M-1"])
        community.applicants = [applicant]
        community.exceptions.append(
            RuleException(
                ruleID: "NAT.dev.min-age", subject: .applicant("A-1"), reason: "核实中", approver: "街道党工委",
                approvedOn: "2024-07-01"))
        try community.validate(on: ConformanceFixtures.referenceDate)
        try await database.store().save([community, ConformanceFixtures.rich(id: "R")])
        #expect(try await database.store().community("DG") == community)
        #expect(try await database.store().community("R") == ConformanceFixtures.rich(id: "R"))
        let raw = try RawDatabase(path: database.path)
        #expect(try raw.value("SELECT member_id FROM applicant_contacts WHERE community = 1") == "M-1")
        #expect(try raw.column("PRAGMA foreign_key_check") == [])
    }

    /// A database at schema version 6, built by migrations 1 to 6 only, with a member's dues payments of
    /// each base and a meeting's attendance of each presence.
    static func version6Database() throws -> TemporaryDatabase {
        let database = try TemporaryDatabase()
        let raw = try RawDatabase(path: database.path)
        try raw.execute("PRAGMA foreign_keys = ON")
        for migration in SQLiteSchema.migrations[0..<6] { try raw.execute(migration.sql) }
        try raw.execute(
            """
            INSERT INTO communities (key, id, lookup_id, name, district, residents_committees_listed)
            VALUES (1, 'DG', 'DG', '东关社区', '城中区', 0);
            INSERT INTO organisations (community, ordinal, id, name, form) VALUES (1, 0, 'P', '党支部', 'branch');
            INSERT INTO members (community, ordinal, id, name, organisation_id, relationship, employment,
                has_limited_mobility)
            VALUES (1, 0, 'M-1', '王', 'P', 'heldByCommunity', 'employed', 0),
                (1, 1, 'M-2', '李', 'P', 'heldByCommunity', 'retired', 0);
            INSERT INTO dues_payments (community, member, ordinal, month, base_kind, base_fen, base_category,
                amount_fen, paid_on)
            VALUES (1, 0, 0, '2025-01', 'wage', 500000, NULL, 2500, '2025-01-10'),
                (1, 0, 1, '2025-02', 'pension', 300000, NULL, 1500, '2025-02-10'),
                (1, 1, 0, '2025-01', 'flat', NULL, 'student', 20, '2025-01-12');
            INSERT INTO meetings (community, ordinal, id, organisation_id, kind, date)
            VALUES (1, 0, 'H1', 'P', 'general', '2025-03-01');
            INSERT INTO attendance (community, meeting, ordinal, member_id, presence, reason, approved_by)
            VALUES (1, 0, 0, 'M-1', 'present', NULL, NULL), (1, 0, 1, 'M-2', 'leave', '住院', '书记'),
                (1, 0, 2, 'M-3', 'absent', NULL, NULL);
            PRAGMA application_id = \(SQLiteSchema.applicationID);
            PRAGMA user_version = 6;
            """)
        return database
    }

    @Test("opening a version-6 database rebuilds dues_payments and attendance with every row and constraint")
    func migratesToVersion7() async throws {
        let database = try Self.version6Database()
        let raw = try RawDatabase(path: database.path)
        let duesRows = """
            SELECT quote(community) || ',' || quote(member) || ',' || quote(ordinal) || ',' || quote(month) || ','
                || quote(base_kind) || ',' || quote(base_fen) || ',' || quote(base_category) || ','
                || quote(amount_fen) || ',' || quote(paid_on)
            FROM dues_payments ORDER BY community, member, ordinal
            """
        let attendanceRows = """
            SELECT quote(community) || ',' || quote(meeting) || ',' || quote(ordinal) || ',' || quote(member_id) || ','
                || quote(presence) || ',' || quote(reason) || ',' || quote(approved_by)
            FROM attendance ORDER BY community, meeting, ordinal
            """
        let dues = try raw.column(duesRows)
        let attendance = try raw.column(attendanceRows)
        #expect(dues.count == 3 && attendance.count == 3)
        let community = try #require(try await database.store().community("DG"))
        #expect(try raw.value("PRAGMA user_version") == "7")
        #expect(try raw.column(duesRows) == dues)
        #expect(try raw.column(attendanceRows) == attendance)
        #expect(community.members.map(\.duesPayments.count) == [2, 1])
        #expect(community.meetings.first?.attendance.count == 3)
        #expect(try raw.column("PRAGMA foreign_key_check") == [])
        #expect(try raw.value("PRAGMA integrity_check") == "ok")
        #expect(try raw.value("SELECT count(*) FROM sqlite_master WHERE name LIKE '%_v7'") == "0")
        try raw.execute("PRAGMA foreign_keys = ON")
        for refused in [
            """
            INSERT INTO dues_payments (community, member, ordinal, month, base_kind, base_fen, amount_fen, paid_on)
            VALUES (1, 1, 1, '2025-02', 'salary', 100, 1, '2025-02-01')
            """,
            """
            INSERT INTO dues_payments (community, member, ordinal, month, base_kind, base_fen, amount_fen, paid_on)
            VALUES (1, 1, 1, '2025-02', 'flat', 100, 1, '2025-02-01')
            """,
            """
            INSERT INTO dues_payments (community, member, ordinal, month, base_kind, base_fen, amount_fen, paid_on)
            VALUES (1, 7, 0, '2025-02', 'wage', 100, 1, '2025-02-01')
            """,
            "INSERT INTO attendance (community, meeting, ordinal, member_id, presence) VALUES (1, 0, 3, 'M-1', 'late')",
            "INSERT INTO attendance (community, meeting, ordinal, member_id, presence) VALUES (1, 0, 3, 'M-1', 'leave')",
            "INSERT INTO attendance (community, meeting, ordinal, member_id, presence) VALUES (1, 5, 0, 'M-1', 'present')",
        ] {
            #expect(throws: (any Error).self, "\(refused)") { try raw.execute(refused) }
        }
        try raw.execute("DELETE FROM communities WHERE key = 1")
        #expect(try raw.value("SELECT count(*) FROM dues_payments") == "0")
        #expect(try raw.value("SELECT count(*) FROM attendance") == "0")
    }
}
