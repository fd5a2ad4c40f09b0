/// The database schema of ``SQLiteStore``, as an ordered list of migrations.
///
/// The schema version is SQLite's `PRAGMA user_version`; `PRAGMA application_id` marks the file as
/// a store's. Opening a database applies, in one transaction, every migration whose version is
/// above the file's, then sets `user_version` to the last one. A migration is never edited once
/// released: a change to the schema is a new migration at the end of the list.
enum SQLiteSchema {
    /// `PRAGMA application_id` of a store's database: "PBKS" in ASCII.
    static let applicationID: Int64 = 0x5042_4B53

    /// One step of the schema: the SQL that takes a database from `version - 1` to `version`.
    struct Migration {
        /// The schema version the migration brings the database to.
        let version: Int
        /// The statements, run in the migrations' transaction.
        let sql: String
    }

    /// The schema version this code reads and writes.
    static var latestVersion: Int { migrations.last?.version ?? 0 }

    /// Every migration, in order of version.
    ///
    /// Units: money in whole fen (`*_fen`), areas in hundredths of a square metre (`*_hundredths_m2`),
    /// durations in tenths of a day (`*_tenths`), dates as ISO 8601 text (`YYYY-MM-DD`), flags as
    /// 0 or 1, enumerations as their raw value; a figure or flag the records do not give is NULL (from
    /// version 4). Every list keeps its order in an `ordinal` column.
    /// Every reference has an index, so that deleting a community never scans a whole table.
    static let migrations: [Migration] = [
        Migration(
            version: 1,
            sql: """
                CREATE TABLE communities (
                    key INTEGER PRIMARY KEY,
                    id TEXT NOT NULL,
                    lookup_id TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL,
                    district TEXT NOT NULL,
                    street TEXT,
                    development TEXT NOT NULL,
                    households INTEGER NOT NULL,
                    residents INTEGER NOT NULL,
                    registered_residents INTEGER,
                    residential_floor_area_hundredths_m2 INTEGER NOT NULL,
                    is_concentrated_resettlement INTEGER NOT NULL CHECK (is_concentrated_resettlement IN (0, 1)),
                    has_management_service_centre INTEGER NOT NULL CHECK (has_management_service_centre IN (0, 1)),
                    service_space_hundredths_m2 INTEGER NOT NULL,
                    work_and_activity_room_area_hundredths_m2 INTEGER NOT NULL,
                    party_use_area_hundredths_m2 INTEGER NOT NULL,
                    remediation_summary TEXT,
                    remediation_target_date TEXT,
                    remediation_approver TEXT,
                    CHECK ((remediation_summary IS NULL) = (remediation_target_date IS NULL)
                        AND (remediation_summary IS NULL) = (remediation_approver IS NULL))
                ) STRICT;

                CREATE TABLE residents_committees (
                    community INTEGER NOT NULL REFERENCES communities (key) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    id TEXT NOT NULL,
                    name TEXT NOT NULL,
                    PRIMARY KEY (community, ordinal),
                    UNIQUE (community, id)
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE organisations (
                    community INTEGER NOT NULL REFERENCES communities (key) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    id TEXT NOT NULL,
                    name TEXT NOT NULL,
                    form TEXT NOT NULL,
                    parent_id TEXT,
                    residents_committee_id TEXT,
                    headcount_total INTEGER,
                    headcount_probationary INTEGER,
                    last_election TEXT,
                    PRIMARY KEY (community, ordinal),
                    UNIQUE (community, id),
                    FOREIGN KEY (community, parent_id) REFERENCES organisations (community, id)
                        ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                    FOREIGN KEY (community, residents_committee_id) REFERENCES residents_committees (community, id)
                        ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                    CHECK ((headcount_total IS NULL) = (headcount_probationary IS NULL))
                ) STRICT, WITHOUT ROWID;
                CREATE INDEX organisations_by_parent ON organisations (community, parent_id);
                CREATE INDEX organisations_by_committee ON organisations (community, residents_committee_id);

                CREATE TABLE members (
                    community INTEGER NOT NULL REFERENCES communities (key) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    id TEXT NOT NULL,
                    name TEXT NOT NULL,
                    organisation_id TEXT NOT NULL,
                    status TEXT NOT NULL,
                    relationship TEXT NOT NULL,
                    employment TEXT NOT NULL,
                    migration TEXT NOT NULL,
                    has_limited_mobility INTEGER NOT NULL CHECK (has_limited_mobility IN (0, 1)),
                    birth_date TEXT,
                    admitted_on TEXT,
                    PRIMARY KEY (community, ordinal),
                    UNIQUE (community, id),
                    FOREIGN KEY (community, organisation_id) REFERENCES organisations (community, id)
                        ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
                ) STRICT, WITHOUT ROWID;
                CREATE INDEX members_by_organisation ON members (community, organisation_id);

                CREATE TABLE workers (
                    community INTEGER NOT NULL REFERENCES communities (key) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    id TEXT NOT NULL,
                    name TEXT NOT NULL,
                    birth_date TEXT NOT NULL,
                    education TEXT NOT NULL,
                    is_studying_for_degree INTEGER NOT NULL CHECK (is_studying_for_degree IN (0, 1)),
                    certificate_level TEXT,
                    certificate_obtained_on TEXT,
                    is_full_time INTEGER NOT NULL CHECK (is_full_time IN (0, 1)),
                    started_on TEXT,
                    PRIMARY KEY (community, ordinal),
                    UNIQUE (community, id),
                    CHECK ((certificate_level IS NULL) = (certificate_obtained_on IS NULL))
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE worker_roles (
                    community INTEGER NOT NULL,
                    worker INTEGER NOT NULL,
                    role TEXT NOT NULL,
                    PRIMARY KEY (community, worker, role),
                    FOREIGN KEY (community, worker) REFERENCES workers (community, ordinal) ON DELETE CASCADE
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE trainings (
                    community INTEGER NOT NULL,
                    worker INTEGER NOT NULL,
                    ordinal INTEGER NOT NULL,
                    title TEXT NOT NULL,
                    level TEXT NOT NULL,
                    is_centralised INTEGER NOT NULL CHECK (is_centralised IN (0, 1)),
                    start_date TEXT NOT NULL,
                    days_tenths INTEGER NOT NULL,
                    PRIMARY KEY (community, worker, ordinal),
                    FOREIGN KEY (community, worker) REFERENCES workers (community, ordinal) ON DELETE CASCADE
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE annual_pay (
                    community INTEGER NOT NULL,
                    worker INTEGER NOT NULL,
                    ordinal INTEGER NOT NULL,
                    year INTEGER NOT NULL,
                    amount_fen INTEGER NOT NULL,
                    PRIMARY KEY (community, worker, ordinal),
                    FOREIGN KEY (community, worker) REFERENCES workers (community, ordinal) ON DELETE CASCADE
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE fund_grants (
                    community INTEGER NOT NULL REFERENCES communities (key) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    year INTEGER NOT NULL,
                    purpose TEXT NOT NULL,
                    source TEXT NOT NULL,
                    amount_fen INTEGER NOT NULL,
                    PRIMARY KEY (community, ordinal)
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE average_wages (
                    community INTEGER NOT NULL REFERENCES communities (key) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    year INTEGER NOT NULL,
                    amount_fen INTEGER NOT NULL,
                    PRIMARY KEY (community, ordinal)
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE secretary_qualifications (
                    community INTEGER NOT NULL REFERENCES communities (key) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    year INTEGER NOT NULL,
                    has_associate_degree_or_higher INTEGER NOT NULL
                        CHECK (has_associate_degree_or_higher IN (0, 1)),
                    has_certificate INTEGER NOT NULL CHECK (has_certificate IN (0, 1)),
                    PRIMARY KEY (community, ordinal)
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE exceptions (
                    community INTEGER NOT NULL REFERENCES communities (key) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    rule_id TEXT NOT NULL,
                    subject_kind TEXT,
                    subject_id TEXT,
                    reason TEXT NOT NULL,
                    approver TEXT NOT NULL,
                    approved_on TEXT NOT NULL,
                    valid_until TEXT,
                    PRIMARY KEY (community, ordinal),
                    CHECK (subject_kind IS NOT NULL OR subject_id IS NULL)
                ) STRICT, WITHOUT ROWID;

                PRAGMA application_id = \(applicationID);
                """),
        // Version 2: the records of a community's life over time, each in a table of its own; a member's
        // status, admission day and migration, and an organisation's last election, move into the
        // membership events and the elections as CommunityDataset's upgrade from version 1 moves them.
        Migration(
            version: 2,
            sql: """
                ALTER TABLE organisations ADD COLUMN founded TEXT;
                ALTER TABLE organisations ADD COLUMN dissolved TEXT;

                CREATE TABLE member_events (
                    community INTEGER NOT NULL,
                    member INTEGER NOT NULL,
                    ordinal INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    date TEXT,
                    months INTEGER,
                    counterpart TEXT,
                    status TEXT,
                    certificate TEXT,
                    contact TEXT,
                    PRIMARY KEY (community, member, ordinal),
                    FOREIGN KEY (community, member) REFERENCES members (community, ordinal) ON DELETE CASCADE
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE dues_payments (
                    community INTEGER NOT NULL,
                    member INTEGER NOT NULL,
                    ordinal INTEGER NOT NULL,
                    month TEXT NOT NULL,
                    base_kind TEXT NOT NULL CHECK (base_kind IN ('wage', 'pension', 'flat')),
                    base_fen INTEGER,
                    base_category TEXT,
                    amount_fen INTEGER NOT NULL,
                    paid_on TEXT NOT NULL,
                    PRIMARY KEY (community, member, ordinal),
                    FOREIGN KEY (community, member) REFERENCES members (community, ordinal) ON DELETE CASCADE,
                    CHECK ((base_kind = 'flat') = (base_category IS NOT NULL) AND (base_fen IS NULL) = (base_kind = 'flat'))
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE voluntary_payments (
                    community INTEGER NOT NULL,
                    member INTEGER NOT NULL,
                    ordinal INTEGER NOT NULL,
                    amount_fen INTEGER NOT NULL,
                    paid_on TEXT NOT NULL,
                    PRIMARY KEY (community, member, ordinal),
                    FOREIGN KEY (community, member) REFERENCES members (community, ordinal) ON DELETE CASCADE
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE meetings (
                    community INTEGER NOT NULL REFERENCES communities (key) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    id TEXT NOT NULL,
                    organisation_id TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    date TEXT NOT NULL,
                    party_group_id TEXT,
                    lecturer_name TEXT,
                    lecturer_role TEXT,
                    lecturer_member_id TEXT,
                    talk_by TEXT,
                    talk_with TEXT,
                    topic TEXT,
                    PRIMARY KEY (community, ordinal),
                    UNIQUE (community, id),
                    CHECK ((lecturer_name IS NULL) = (lecturer_role IS NULL) AND (talk_by IS NULL) = (talk_with IS NULL))
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE attendance (
                    community INTEGER NOT NULL,
                    meeting INTEGER NOT NULL,
                    ordinal INTEGER NOT NULL,
                    member_id TEXT NOT NULL,
                    presence TEXT NOT NULL CHECK (presence IN ('present', 'leave', 'absent')),
                    reason TEXT,
                    approved_by TEXT,
                    PRIMARY KEY (community, meeting, ordinal),
                    FOREIGN KEY (community, meeting) REFERENCES meetings (community, ordinal) ON DELETE CASCADE,
                    CHECK ((presence = 'leave') = (reason IS NOT NULL) AND (reason IS NULL) = (approved_by IS NULL))
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE elections (
                    community INTEGER NOT NULL REFERENCES communities (key) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    organisation_id TEXT NOT NULL,
                    date TEXT NOT NULL,
                    term_years INTEGER NOT NULL,
                    PRIMARY KEY (community, ordinal)
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE election_members (
                    community INTEGER NOT NULL,
                    election INTEGER NOT NULL,
                    ordinal INTEGER NOT NULL,
                    member_id TEXT NOT NULL,
                    PRIMARY KEY (community, election, ordinal),
                    FOREIGN KEY (community, election) REFERENCES elections (community, ordinal) ON DELETE CASCADE
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE party_groups (
                    community INTEGER NOT NULL REFERENCES communities (key) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    id TEXT NOT NULL,
                    organisation_id TEXT NOT NULL,
                    name TEXT NOT NULL,
                    leader_id TEXT,
                    founded TEXT,
                    PRIMARY KEY (community, ordinal),
                    UNIQUE (community, id)
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE party_group_members (
                    community INTEGER NOT NULL,
                    party_group INTEGER NOT NULL,
                    ordinal INTEGER NOT NULL,
                    member_id TEXT NOT NULL,
                    PRIMARY KEY (community, party_group, ordinal),
                    FOREIGN KEY (community, party_group) REFERENCES party_groups (community, ordinal) ON DELETE CASCADE
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE reception_days (
                    community INTEGER NOT NULL REFERENCES communities (key) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    date TEXT NOT NULL,
                    received_by TEXT NOT NULL,
                    visitors INTEGER,
                    PRIMARY KEY (community, ordinal)
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE points_assessments (
                    community INTEGER NOT NULL REFERENCES communities (key) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    member_id TEXT NOT NULL,
                    year INTEGER NOT NULL,
                    points INTEGER NOT NULL,
                    PRIMARY KEY (community, ordinal)
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE task_claims (
                    community INTEGER NOT NULL REFERENCES communities (key) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    year INTEGER NOT NULL,
                    unit TEXT NOT NULL,
                    task TEXT NOT NULL,
                    claimed_on TEXT NOT NULL,
                    PRIMARY KEY (community, ordinal)
                ) STRICT, WITHOUT ROWID;

                INSERT INTO member_events (community, member, ordinal, kind, date)
                    SELECT community, ordinal, 0, 'admitted', admitted_on FROM members
                    WHERE admitted_on IS NOT NULL OR (status = 'probationary' AND migration <> 'incoming');
                INSERT INTO member_events (community, member, ordinal, kind)
                    SELECT community, ordinal, 1, 'madeFull' FROM members
                    WHERE admitted_on IS NOT NULL AND status = 'formal' AND migration <> 'incoming';
                INSERT INTO member_events (community, member, ordinal, kind, status)
                    SELECT community, ordinal, 1, 'migratedIn', status FROM members WHERE migration = 'incoming';
                INSERT INTO member_events (community, member, ordinal, kind)
                    SELECT community, ordinal, 2, 'enrolled' FROM members WHERE migration = 'incoming';
                INSERT INTO member_events (community, member, ordinal, kind)
                    SELECT community, ordinal, 2, 'migratedOut' FROM members WHERE migration = 'outgoing';
                INSERT INTO elections (community, ordinal, organisation_id, date, term_years)
                    SELECT community, ordinal, id, last_election, 5 FROM organisations WHERE last_election IS NOT NULL;
                ALTER TABLE members DROP COLUMN status;
                ALTER TABLE members DROP COLUMN migration;
                ALTER TABLE members DROP COLUMN admitted_on;
                ALTER TABLE organisations DROP COLUMN last_election;
                """),
        // Version 3: the units a joint branch (联合党支部) covers, by name and in order, one row each under
        // its organisation; an organisation stored at version 2 covers none.
        Migration(
            version: 3,
            sql: """
                CREATE TABLE organisation_units (
                    community INTEGER NOT NULL,
                    organisation INTEGER NOT NULL,
                    ordinal INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    PRIMARY KEY (community, organisation, ordinal),
                    FOREIGN KEY (community, organisation) REFERENCES organisations (community, ordinal) ON DELETE CASCADE
                ) STRICT, WITHOUT ROWID;
                """),
        // Version 4: a figure the records do not give is NULL, not zero. SQLite cannot drop NOT NULL in
        // place, and the child tables reference `communities` (so it is not recreated): each figure moves
        // to a new nullable column (a flag keeps its CHECK), the old column is dropped and the new one
        // takes its name; the rows keep their key and their children. `residents_committees_listed` is 0
        // when the records do not list the residents' committees (and there are no rows then), 1 when the
        // rows are the list, however short; a community stored at version 3 is listed.
        Migration(
            version: 4,
            sql: """
                ALTER TABLE communities ADD COLUMN development_new TEXT;
                UPDATE communities SET development_new = development;
                ALTER TABLE communities DROP COLUMN development;
                ALTER TABLE communities RENAME COLUMN development_new TO development;
                ALTER TABLE communities ADD COLUMN households_new INTEGER;
                UPDATE communities SET households_new = households;
                ALTER TABLE communities DROP COLUMN households;
                ALTER TABLE communities RENAME COLUMN households_new TO households;
                ALTER TABLE communities ADD COLUMN residents_new INTEGER;
                UPDATE communities SET residents_new = residents;
                ALTER TABLE communities DROP COLUMN residents;
                ALTER TABLE communities RENAME COLUMN residents_new TO residents;
                ALTER TABLE communities ADD COLUMN residential_floor_area_hundredths_m2_new INTEGER;
                UPDATE communities SET residential_floor_area_hundredths_m2_new = residential_floor_area_hundredths_m2;
                ALTER TABLE communities DROP COLUMN residential_floor_area_hundredths_m2;
                ALTER TABLE communities RENAME COLUMN residential_floor_area_hundredths_m2_new TO residential_floor_area_hundredths_m2;
                ALTER TABLE communities ADD COLUMN is_concentrated_resettlement_new INTEGER CHECK (is_concentrated_resettlement_new IN (0, 1));
                UPDATE communities SET is_concentrated_resettlement_new = is_concentrated_resettlement;
                ALTER TABLE communities DROP COLUMN is_concentrated_resettlement;
                ALTER TABLE communities RENAME COLUMN is_concentrated_resettlement_new TO is_concentrated_resettlement;
                ALTER TABLE communities ADD COLUMN has_management_service_centre_new INTEGER CHECK (has_management_service_centre_new IN (0, 1));
                UPDATE communities SET has_management_service_centre_new = has_management_service_centre;
                ALTER TABLE communities DROP COLUMN has_management_service_centre;
                ALTER TABLE communities RENAME COLUMN has_management_service_centre_new TO has_management_service_centre;
                ALTER TABLE communities ADD COLUMN service_space_hundredths_m2_new INTEGER;
                UPDATE communities SET service_space_hundredths_m2_new = service_space_hundredths_m2;
                ALTER TABLE communities DROP COLUMN service_space_hundredths_m2;
                ALTER TABLE communities RENAME COLUMN service_space_hundredths_m2_new TO service_space_hundredths_m2;
                ALTER TABLE communities ADD COLUMN work_and_activity_room_area_hundredths_m2_new INTEGER;
                UPDATE communities SET work_and_activity_room_area_hundredths_m2_new = work_and_activity_room_area_hundredths_m2;
                ALTER TABLE communities DROP COLUMN work_and_activity_room_area_hundredths_m2;
                ALTER TABLE communities RENAME COLUMN work_and_activity_room_area_hundredths_m2_new TO work_and_activity_room_area_hundredths_m2;
                ALTER TABLE communities ADD COLUMN party_use_area_hundredths_m2_new INTEGER;
                UPDATE communities SET party_use_area_hundredths_m2_new = party_use_area_hundredths_m2;
                ALTER TABLE communities DROP COLUMN party_use_area_hundredths_m2;
                ALTER TABLE communities RENAME COLUMN party_use_area_hundredths_m2_new TO party_use_area_hundredths_m2;
                ALTER TABLE communities ADD COLUMN residents_committees_listed INTEGER NOT NULL DEFAULT 1
                    CHECK (residents_committees_listed IN (0, 1));
                """),
        // Version 5: the community's land area, and its governance records (Community.governance), each
        // kind in a table of its own and each nested list in a child table under its record, removed with it:
        // grids with their leaders and members, decisions with their steps, the mediation network's levels
        // with their evidence and the cases, ledgers with their updates, bodies and coordination mechanisms
        // with their evidence (and a mechanism's participants), the electronic ledger (one row at most per
        // community) with its evidence, compounds with their buildings, resident units, checklists with
        // their headings and each heading's items, the assessments, delegated tasks (`funding_fen` NULL when
        // not recorded, 0 when none came), the office shares, disclosures with the funds disclosed,
        // recruitments, the secretary's reports, one-stop posts, surveys, training coverage and household
        // participation. The IDs a record names (members, organisations, Party groups, workers, a grid's
        // parent, a checklist) are plain columns, as a meeting's are: validation checks them. A community
        // stored at version 4 has no land area and no governance records.
        Migration(
            version: 5,
            sql: """
                ALTER TABLE communities ADD COLUMN land_area_hundredths_m2 INTEGER;

                CREATE TABLE grids (
                    community INTEGER NOT NULL REFERENCES communities (key) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    id TEXT NOT NULL,
                    level INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    parent_id TEXT,
                    organisation_id TEXT,
                    party_group_id TEXT,
                    established TEXT,
                    PRIMARY KEY (community, ordinal)
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE grid_leaders (
                    community INTEGER NOT NULL,
                    grid INTEGER NOT NULL,
                    ordinal INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    member_id TEXT,
                    PRIMARY KEY (community, grid, ordinal),
                    FOREIGN KEY (community, grid) REFERENCES grids (community, ordinal) ON DELETE CASCADE
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE grid_members (
                    community INTEGER NOT NULL,
                    grid INTEGER NOT NULL,
                    ordinal INTEGER NOT NULL,
                    member_id TEXT NOT NULL,
                    PRIMARY KEY (community, grid, ordinal),
                    FOREIGN KEY (community, grid) REFERENCES grids (community, ordinal) ON DELETE CASCADE
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE decisions (
                    community INTEGER NOT NULL REFERENCES communities (key) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    id TEXT NOT NULL,
                    title TEXT NOT NULL,
                    PRIMARY KEY (community, ordinal)
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE decision_steps (
                    community INTEGER NOT NULL,
                    decision INTEGER NOT NULL,
                    ordinal INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    date TEXT NOT NULL,
                    reference TEXT,
                    PRIMARY KEY (community, decision, ordinal),
                    FOREIGN KEY (community, decision) REFERENCES decisions (community, ordinal) ON DELETE CASCADE
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE mediation_levels (
                    community INTEGER NOT NULL REFERENCES communities (key) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    level INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    PRIMARY KEY (community, ordinal)
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE mediation_level_evidence (
                    community INTEGER NOT NULL,
                    mediation_level INTEGER NOT NULL,
                    ordinal INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    date TEXT NOT NULL,
                    reference TEXT NOT NULL,
                    title TEXT,
                    PRIMARY KEY (community, mediation_level, ordinal),
                    FOREIGN KEY (community, mediation_level) REFERENCES mediation_levels (community, ordinal) ON DELETE CASCADE
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE mediation_cases (
                    community INTEGER NOT NULL REFERENCES communities (key) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    date TEXT NOT NULL,
                    outcome TEXT NOT NULL,
                    subject TEXT,
                    PRIMARY KEY (community, ordinal)
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE ledgers (
                    community INTEGER NOT NULL REFERENCES communities (key) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    name TEXT,
                    PRIMARY KEY (community, ordinal)
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE ledger_updates (
                    community INTEGER NOT NULL,
                    ledger INTEGER NOT NULL,
                    ordinal INTEGER NOT NULL,
                    date TEXT NOT NULL,
                    PRIMARY KEY (community, ledger, ordinal),
                    FOREIGN KEY (community, ledger) REFERENCES ledgers (community, ordinal) ON DELETE CASCADE
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE governance_bodies (
                    community INTEGER NOT NULL REFERENCES communities (key) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    id TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    name TEXT NOT NULL,
                    established TEXT,
                    PRIMARY KEY (community, ordinal)
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE governance_body_evidence (
                    community INTEGER NOT NULL,
                    body INTEGER NOT NULL,
                    ordinal INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    date TEXT NOT NULL,
                    reference TEXT NOT NULL,
                    title TEXT,
                    PRIMARY KEY (community, body, ordinal),
                    FOREIGN KEY (community, body) REFERENCES governance_bodies (community, ordinal) ON DELETE CASCADE
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE coordination_mechanisms (
                    community INTEGER NOT NULL REFERENCES communities (key) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    PRIMARY KEY (community, ordinal)
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE coordination_participants (
                    community INTEGER NOT NULL,
                    mechanism INTEGER NOT NULL,
                    ordinal INTEGER NOT NULL,
                    body_kind TEXT NOT NULL,
                    PRIMARY KEY (community, mechanism, ordinal),
                    FOREIGN KEY (community, mechanism) REFERENCES coordination_mechanisms (community, ordinal) ON DELETE CASCADE
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE coordination_evidence (
                    community INTEGER NOT NULL,
                    mechanism INTEGER NOT NULL,
                    ordinal INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    date TEXT NOT NULL,
                    reference TEXT NOT NULL,
                    title TEXT,
                    PRIMARY KEY (community, mechanism, ordinal),
                    FOREIGN KEY (community, mechanism) REFERENCES coordination_mechanisms (community, ordinal) ON DELETE CASCADE
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE electronic_ledgers (
                    community INTEGER PRIMARY KEY REFERENCES communities (key) ON DELETE CASCADE,
                    system TEXT NOT NULL,
                    since TEXT NOT NULL
                ) STRICT;

                CREATE TABLE electronic_ledger_evidence (
                    community INTEGER NOT NULL REFERENCES electronic_ledgers (community) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    date TEXT NOT NULL,
                    reference TEXT NOT NULL,
                    title TEXT,
                    PRIMARY KEY (community, ordinal)
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE compounds (
                    community INTEGER NOT NULL REFERENCES communities (key) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    id TEXT NOT NULL,
                    name TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    organisation_id TEXT,
                    PRIMARY KEY (community, ordinal)
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE compound_buildings (
                    community INTEGER NOT NULL,
                    compound INTEGER NOT NULL,
                    ordinal INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    party_group_id TEXT,
                    PRIMARY KEY (community, compound, ordinal),
                    FOREIGN KEY (community, compound) REFERENCES compounds (community, ordinal) ON DELETE CASCADE
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE resident_units (
                    community INTEGER NOT NULL REFERENCES communities (key) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    id TEXT NOT NULL,
                    name TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    members INTEGER,
                    formal_members INTEGER,
                    own_organisation TEXT,
                    joint_organisation_id TEXT,
                    instructor TEXT,
                    PRIMARY KEY (community, ordinal)
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE checklists (
                    community INTEGER NOT NULL REFERENCES communities (key) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    id TEXT NOT NULL,
                    scope TEXT NOT NULL,
                    title TEXT NOT NULL,
                    PRIMARY KEY (community, ordinal)
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE checklist_headings (
                    community INTEGER NOT NULL,
                    checklist INTEGER NOT NULL,
                    ordinal INTEGER NOT NULL,
                    title TEXT NOT NULL,
                    PRIMARY KEY (community, checklist, ordinal),
                    FOREIGN KEY (community, checklist) REFERENCES checklists (community, ordinal) ON DELETE CASCADE
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE checklist_items (
                    community INTEGER NOT NULL,
                    checklist INTEGER NOT NULL,
                    heading INTEGER NOT NULL,
                    ordinal INTEGER NOT NULL,
                    item TEXT NOT NULL,
                    PRIMARY KEY (community, checklist, heading, ordinal),
                    FOREIGN KEY (community, checklist, heading) REFERENCES checklist_headings (community, checklist, ordinal)
                        ON DELETE CASCADE
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE checklist_assessments (
                    community INTEGER NOT NULL REFERENCES communities (key) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    checklist_id TEXT NOT NULL,
                    year INTEGER NOT NULL,
                    assessed_on TEXT NOT NULL,
                    completed_items INTEGER NOT NULL,
                    PRIMARY KEY (community, ordinal)
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE delegated_tasks (
                    community INTEGER NOT NULL REFERENCES communities (key) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    title TEXT NOT NULL,
                    delegated_by TEXT NOT NULL,
                    delegated_on TEXT NOT NULL,
                    funding_fen INTEGER,
                    PRIMARY KEY (community, ordinal)
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE office_fund_shares (
                    community INTEGER NOT NULL REFERENCES communities (key) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    year INTEGER NOT NULL,
                    amount_fen INTEGER NOT NULL,
                    PRIMARY KEY (community, ordinal)
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE fund_disclosures (
                    community INTEGER NOT NULL REFERENCES communities (key) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    year INTEGER NOT NULL,
                    date TEXT NOT NULL,
                    means TEXT NOT NULL,
                    PRIMARY KEY (community, ordinal)
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE fund_disclosure_funds (
                    community INTEGER NOT NULL,
                    disclosure INTEGER NOT NULL,
                    ordinal INTEGER NOT NULL,
                    fund TEXT NOT NULL,
                    PRIMARY KEY (community, disclosure, ordinal),
                    FOREIGN KEY (community, disclosure) REFERENCES fund_disclosures (community, ordinal) ON DELETE CASCADE
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE worker_recruitments (
                    community INTEGER NOT NULL REFERENCES communities (key) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    worker_id TEXT NOT NULL,
                    date TEXT NOT NULL,
                    organised_by TEXT NOT NULL,
                    organiser TEXT NOT NULL,
                    PRIMARY KEY (community, ordinal)
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE secretary_reports (
                    community INTEGER NOT NULL REFERENCES communities (key) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    year INTEGER NOT NULL,
                    date TEXT NOT NULL,
                    audience TEXT NOT NULL,
                    reference TEXT,
                    PRIMARY KEY (community, ordinal)
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE one_stop_posts (
                    community INTEGER NOT NULL REFERENCES communities (key) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    worker_id TEXT NOT NULL,
                    post TEXT NOT NULL,
                    since TEXT NOT NULL,
                    until TEXT,
                    wears_name_badge INTEGER NOT NULL CHECK (wears_name_badge IN (0, 1)),
                    PRIMARY KEY (community, ordinal)
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE satisfaction_surveys (
                    community INTEGER NOT NULL REFERENCES communities (key) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    date TEXT NOT NULL,
                    respondents INTEGER NOT NULL,
                    satisfied INTEGER NOT NULL,
                    PRIMARY KEY (community, ordinal)
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE training_coverage (
                    community INTEGER NOT NULL REFERENCES communities (key) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    year INTEGER NOT NULL,
                    members INTEGER NOT NULL,
                    trained INTEGER NOT NULL,
                    PRIMARY KEY (community, ordinal)
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE household_participation (
                    community INTEGER NOT NULL REFERENCES communities (key) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    year INTEGER NOT NULL,
                    campaign TEXT NOT NULL,
                    households INTEGER NOT NULL,
                    PRIMARY KEY (community, ordinal)
                ) STRICT, WITHOUT ROWID;
                """),
        // Version 6: the people in the pipeline of admission (Community.applicants), one row per applicant
        // in `applicants`, each step in columns of that row (a step absent until taken is NULL in all its
        // columns, which CHECKs keep together), and the activists' contacts in `applicant_contacts` under
        // their applicant, removed with it. `activist_date` NULL is no designation; a designation with no
        // contact has no contact rows. The IDs an applicant names (its organisation, member record and
        // contacts) are plain columns, as a meeting's are: validation checks them. A community stored at
        // version 5 has no applicants; an exception's `subject_kind` may now be `applicant`.
        Migration(
            version: 6,
            sql: """
                CREATE TABLE applicants (
                    community INTEGER NOT NULL REFERENCES communities (key) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    id TEXT NOT NULL,
                    name TEXT NOT NULL,
                    birth_date TEXT,
                    organisation_id TEXT NOT NULL,
                    member_id TEXT,
                    applied TEXT NOT NULL,
                    talk TEXT,
                    activist_date TEXT,
                    target_date TEXT,
                    target_filed_on TEXT,
                    political_review_date TEXT,
                    political_review_passed INTEGER CHECK (political_review_passed IN (0, 1)),
                    training_date TEXT,
                    training_days_tenths INTEGER,
                    training_class_hours INTEGER,
                    pre_review TEXT,
                    leaving_on TEXT,
                    vote_date TEXT,
                    vote_entitled INTEGER,
                    vote_present INTEGER,
                    vote_yes INTEGER,
                    approval_date TEXT,
                    approval_approver TEXT,
                    approval_level TEXT,
                    approval_approved INTEGER CHECK (approval_approved IN (0, 1)),
                    oath TEXT,
                    extension_date TEXT,
                    extension_months INTEGER,
                    full_membership TEXT,
                    disqualified TEXT,
                    PRIMARY KEY (community, ordinal),
                    CHECK (target_filed_on IS NULL OR target_date IS NOT NULL),
                    CHECK ((political_review_date IS NULL) = (political_review_passed IS NULL)),
                    CHECK (training_date IS NOT NULL OR (training_days_tenths IS NULL AND training_class_hours IS NULL)),
                    CHECK ((vote_date IS NULL) = (vote_entitled IS NULL) AND (vote_date IS NULL) = (vote_present IS NULL)
                        AND (vote_date IS NULL) = (vote_yes IS NULL)),
                    CHECK ((approval_date IS NULL) = (approval_approver IS NULL)
                        AND (approval_date IS NULL) = (approval_level IS NULL)
                        AND (approval_date IS NULL) = (approval_approved IS NULL)),
                    CHECK ((extension_date IS NULL) = (extension_months IS NULL))
                ) STRICT, WITHOUT ROWID;

                CREATE TABLE applicant_contacts (
                    community INTEGER NOT NULL,
                    applicant INTEGER NOT NULL,
                    ordinal INTEGER NOT NULL,
                    member_id TEXT NOT NULL,
                    PRIMARY KEY (community, applicant, ordinal),
                    FOREIGN KEY (community, applicant) REFERENCES applicants (community, ordinal) ON DELETE CASCADE
                ) STRICT, WITHOUT ROWID;
                """),
        // Version 7: `dues_payments` and `attendance`, the two largest tables, with the same columns, keys,
        // foreign keys and constraints, but the CHECK on `base_kind` and on `presence` written as
        // comparisons joined by OR instead of `IN ('…', '…', '…')`. SQLite evaluates an IN list of three
        // or more values in a CHECK by building a temporary table of the list for every row inserted
        // (a pager of its own, its memory and its mutexes), which was more than half the time of saving
        // a city. The rows are copied as they are; a SQLite table's CHECK cannot be changed in place.
        Migration(
            version: 7,
            sql: """
                CREATE TABLE dues_payments_v7 (
                    community INTEGER NOT NULL,
                    member INTEGER NOT NULL,
                    ordinal INTEGER NOT NULL,
                    month TEXT NOT NULL,
                    base_kind TEXT NOT NULL CHECK (base_kind = 'wage' OR base_kind = 'pension' OR base_kind = 'flat'),
                    base_fen INTEGER,
                    base_category TEXT,
                    amount_fen INTEGER NOT NULL,
                    paid_on TEXT NOT NULL,
                    PRIMARY KEY (community, member, ordinal),
                    FOREIGN KEY (community, member) REFERENCES members (community, ordinal) ON DELETE CASCADE,
                    CHECK ((base_kind = 'flat') = (base_category IS NOT NULL) AND (base_fen IS NULL) = (base_kind = 'flat'))
                ) STRICT, WITHOUT ROWID;
                INSERT INTO dues_payments_v7 (community, member, ordinal, month, base_kind, base_fen, base_category,
                    amount_fen, paid_on)
                    SELECT community, member, ordinal, month, base_kind, base_fen, base_category, amount_fen, paid_on
                    FROM dues_payments;
                DROP TABLE dues_payments;
                ALTER TABLE dues_payments_v7 RENAME TO dues_payments;

                CREATE TABLE attendance_v7 (
                    community INTEGER NOT NULL,
                    meeting INTEGER NOT NULL,
                    ordinal INTEGER NOT NULL,
                    member_id TEXT NOT NULL,
                    presence TEXT NOT NULL CHECK (presence = 'present' OR presence = 'leave' OR presence = 'absent'),
                    reason TEXT,
                    approved_by TEXT,
                    PRIMARY KEY (community, meeting, ordinal),
                    FOREIGN KEY (community, meeting) REFERENCES meetings (community, ordinal) ON DELETE CASCADE,
                    CHECK ((presence = 'leave') = (reason IS NOT NULL) AND (reason IS NULL) = (approved_by IS NULL))
                ) STRICT, WITHOUT ROWID;
                INSERT INTO attendance_v7 (community, meeting, ordinal, member_id, presence, reason, approved_by)
                    SELECT community, meeting, ordinal, member_id, presence, reason, approved_by FROM attendance;
                DROP TABLE attendance;
                ALTER TABLE attendance_v7 RENAME TO attendance;
                """),
    ]
}
