/// The numbered streams of the synthetic city: what each decides, its range, and how it is indexed.
///
/// Streams 0–4 are the portable formula inputs of the scale issue, one element per community.
/// Streams from 5 on make every other choice of ``SyntheticCity``, so that another implementation
/// following this table and ``SyntheticStream`` regenerates the same city. Elements are indexed
/// by community (`i`), by member (`i × 1024 + m`, see ``memberIndex(community:member:)``) or by
/// worker (`i × 64 + w`, see ``workerIndex(community:worker:)``) or by governance record (`i × 16 + r`,
/// see ``recordIndex(community:record:)``), all 0-based. Streams 67–89 build the governance records,
/// streams 90–97 the applicants (indexed as governance records).
///
/// A "level" stream draws from 0…99 and picks a case by its cut-offs, given in each case's summary.
public enum CityStream: UInt64, Sendable, CaseIterable {
    /// Members whose organisational relationship the community holds, 0…400 (per community).
    case members = 0
    /// Residents (常住人口), 500…30000 (per community).
    case residents = 1
    /// Above-ground residential floor area in whole m², 20000…600000 (per community).
    case residentialFloorArea = 2
    /// Last year's local average urban wage in whole CNY, 60000…120000 (per community).
    case averageWage = 3
    /// The full-time staff's average pay in whole CNY, 60000…120000 (per community).
    case staffAveragePay = 4

    /// The district, an index 0…7 into ``SyntheticCity/districts`` (per community).
    case district = 5
    /// Planned when 0, existing otherwise, 0…9 (per community).
    case development = 6
    /// A concentrated resettlement area when 0, 0…9 (per community).
    case resettlement = 7
    /// Residents' committees of a resettlement area, 1…3; other communities have one (per community).
    case residentsCommittees = 8
    /// A resettlement area lacks its management service centre when 0, 0…4 (per community).
    case managementCentre = 9
    /// Level: below 4 the top organisation takes the form above what its formal members permit,
    /// below 10 the form below it, otherwise the permitted form (per community).
    case organisationForm = 10
    /// Community workers, 5…15 (per community).
    case workers = 11
    /// The secretary also directs the residents' committee (一肩挑) when below 4, 0…9 (per community).
    case oneShoulder = 12
    /// Workers' ages: 0 young (23…34), 1 old (46…60), otherwise mixed (23…60), 0…9 (per community).
    case ageProfile = 13
    /// No worker is a college graduate when 0, 0…49 (per community).
    case noGraduate = 14
    /// Level: below 70 the secretary is paid above 1.2 × the wage by ``secretaryPayMargin``, below 80
    /// exactly 1.2 ×, otherwise below it by the margin (per community).
    case secretaryPay = 15
    /// The secretary's pay margin in whole CNY, 1…20000 (per community).
    case secretaryPayMargin = 16
    /// A secretary paid below the floor has an approved exception when 0, 0…2 (per community).
    case secretaryPayException = 17
    /// Level: below 20 the service space is exactly 3% of the floor area, below 70 above it by
    /// ``serviceSpacePercent`` per cent, otherwise below it by that much (per community).
    case serviceSpace = 18
    /// The service space's margin in per cent, 1…30 (per community).
    case serviceSpacePercent = 19
    /// Level: as ``serviceSpace``, for the work-and-activity rooms against 0.5% (per community).
    case workRooms = 20
    /// The rooms' margin in per cent, 1…30 (per community).
    case workRoomsPercent = 21
    /// Level: below 20 the Party-use area is a third of the rooms rounded up to 0.01 m², below 80 a
    /// half, otherwise a quarter (per community).
    case partyUse = 22
    /// An existing community short of space has a remediation plan when 0, 0…1 (per community).
    case remediationPlan = 23
    /// Level: below 60 the activity funds granted equal the floor, below 85 exceed it by
    /// ``activityFundPercent`` per cent, otherwise fall short by that much (per community).
    case activityFund = 24
    /// The activity funds' margin in per cent, 1…30 (per community).
    case activityFundPercent = 25
    /// A community granted less than the activity-fund floor has an approved exception when 0, 0…2.
    case activityFundException = 26
    /// Level: below 70 the work funds exceed the floor by ``workFundPercent`` per cent (0 is exactly
    /// the floor), otherwise fall short by that much, at least 1 (per community).
    case workFund = 27
    /// The work funds' margin in per cent, 0…30 (per community).
    case workFundPercent = 28
    /// The city pays 20% of each grant instead of 30% when 0, 0…9 (per community).
    case costSplit = 29
    /// Level of the year's meetings: below 10 one month's committee, Party-group and theme-day
    /// meetings are missing from the first branch, below 20 one quarter's general meeting and Party
    /// lesson are, otherwise every meeting is on cadence (per community).
    case meetingPlan = 30
    /// The missing month, 1…12, or quarter, `(v − 1) / 3 + 1` (per community).
    case missingMonth = 31
    /// The last branch was founded inside the year, on the first of ``foundedMonth``, when 0, 0…9
    /// (per community with branches under its top organisation).
    case foundedInYear = 32
    /// The month the branch was founded, 2…11 (per community).
    case foundedMonth = 33
    /// Years before the audit year of an organisation's last committee election (1 July), 0…7: an
    /// election 5 or more years before has a term that has run out (per organisation, indexed
    /// `i × 8 + o` by the organisation's position `o`; a branch founded in the year elects its
    /// committee on its founding day).
    case electionAge = 34
    /// The community assesses its members by points (积分制) when below 3, 0…9 (per community).
    case points = 35
    /// Tasks claimed by units in the community, 0…3 (per community).
    case taskClaims = 36
    /// The secretary's fixed reception weekday: the first reception is 1 January plus this many days,
    /// then every 7 days, 0…6 (per community).
    case receptionStart = 37
    /// Level: below 10 one week's reception (the week of ``missingMonth``'s first reception) is
    /// missing, otherwise every week has one (per community).
    case receptionGap = 38
    /// Consultation meetings with residents in the year, 2…6 (per community).
    case consultations = 39
    /// The top organisation holds 东关's weekly meeting of all members when 0, 0…19 (per community).
    case weeklyFullMeeting = 64
    /// Level of a member's attendance at a general meeting: below 80 present, below 92 absent with
    /// leave, otherwise absent without leave (per member and quarter, indexed `m × 4 + q − 1` by the
    /// member's element index `m`; the first five members of each branch are listed).
    case attendance = 65
    /// A member's points for the year, 40…100, in a community that assesses by points (per member).
    case memberPoints = 66

    /// Probationary when below 5, 0…99 (per member).
    case memberStatus = 40
    /// The member's employment, an index 0…5 into ``Member/Employment/allCases`` (per member).
    case memberEmployment = 41
    /// The member's age on the audit date, 18…90 (per member).
    case memberAge = 42
    /// The member's birthday: month `v / 28 + 1`, day `v % 28 + 1`, 0…335 (per member).
    case memberBirthday = 43
    /// The monthly wage after tax of an employed member, or the pension of a retired one, in fen,
    /// 150000…1500000 (per member).
    case memberIncome = 44
    /// Level of the year's dues: below 82 every month paid in full, below 88 the month of
    /// ``duesMonth`` paid at half the dues (rounded down to the fen), below 96 that month and, when
    /// ``duesMonth`` is odd, the next missing (arrears), below 98 July to December missing (six
    /// consecutive months: a lapse), otherwise every month paid and a voluntary payment (per member).
    case duesPlan = 45
    /// The month a dues plan picks, 1…11 (per member).
    case duesMonth = 46
    /// Level of a member's membership events in the year (a formal member whose relationship the
    /// community holds): below 1 died, below 2 transferred out, below 4 transferred in, below 6
    /// migrated out, below 8 admitted the year before and made full, below 10 of limited mobility,
    /// otherwise none; for an incoming migrant member: below 30 arrived in the year, enrolled
    /// unless ``migrantRecord`` is 3, otherwise arrived before the records (per member).
    case membershipPlan = 47
    /// The month of the member's event, 1…12 (per member).
    case eventMonth = 48
    /// An outgoing migrant's records: 0 certificate and contact, 1 certificate only, 2 contact only,
    /// 3 neither, 0…3; for a member of limited mobility, 3 is never visited, otherwise visited every
    /// quarter (per member).
    case migrantRecord = 49

    /// The worker's age on the audit date, in the range ``ageProfile`` gives (per worker).
    case workerAge = 50
    /// The worker's birthday: month `v / 28 + 1`, day `v % 28 + 1`, 0…335 (per worker).
    case workerBirthday = 51
    /// Level: below 10 senior secondary, below 15 junior secondary or less, below 55 associate,
    /// below 90 bachelor, below 98 master, otherwise doctorate; in a community without graduates,
    /// below 30 junior secondary or less, otherwise senior secondary (per worker).
    case education = 52
    /// Studying for a degree when below 2, 0…9 (per worker).
    case studying = 53
    /// Holds the social-worker certificate when below 85, 0…99 (per worker).
    case certificate = 54
    /// The certificate's level, an index 0…2 into ``Certificate/Level/allCases`` (per worker).
    case certificateLevel = 55
    /// Years before the audit year the certificate was obtained (on 1 June), 0…10 (per worker).
    case certificateAge = 56
    /// Started in the audit year (on 1 March) when below 10, 0…99 (per worker).
    case startedThisYear = 57
    /// Otherwise, years of service: started on 1 September that many years before, 1…20 (per worker).
    case serviceYears = 58
    /// Level of the worker's training record; see ``SyntheticCity`` for the cut-offs (per worker).
    case trainingPlan = 59
    /// Extra training days, 0…3 (per worker).
    case trainingExtraDays = 60
    /// The month the year's training starts (on the 10th), 1…11 (per worker).
    case trainingMonth = 61
    /// For a worker without training in the audit year: years since the last one (10 June), 1…5.
    case lastTrainingAge = 62
    /// A key-role worker's training level, an index 0…2 into district, city, province (per worker).
    case trainingLevel = 63

    /// Level: below 20 the community's governance records are non-compliant in exactly one way,
    /// otherwise in none (per community).
    case governanceDefect = 67
    /// Which way, an index 0…17 into ``GovernanceDefect/allCases`` (per community).
    case defectKind = 68
    /// The record a defect touches, 0…99: the ledger `v % 3` of ``Ledger/Kind/required`` with the months
    /// `v % 11 + 1` and the next missing, the body `v % 3` of supervision committee, service station
    /// and social organisation missing, or `v % 8 + 1` items not completed (per community).
    case defectDetail = 69
    /// Members per level-4 grid, 20…50: a branch's members held by the community, in record order, are
    /// cut into grids of this many, the last one shorter (per community).
    case gridSize = 70
    /// Major decisions in the year, 2…5 (per community).
    case decisions = 71
    /// The month of a decision's steps, 1…11: the five steps on the 5th, 10th, 15th, 20th and 25th
    /// (per decision, indexed by ``recordIndex(community:record:)``).
    case decisionMonth = 72
    /// Disputes mediated in the year, 0…12 (per community).
    case mediationCases = 73
    /// Level: below 88 a dispute is settled, below 96 not settled, otherwise still pending (per case).
    case mediationOutcome = 74
    /// The month a dispute was taken up (on the 10th), 1…12 (per case).
    case mediationMonth = 75
    /// Residential compounds, 1…6 (per community).
    case compounds = 76
    /// A compound's kind, an index 0…3 into ``ResidentialCompound/Kind/allCases`` (per compound).
    case compoundKind = 77
    /// A compound's buildings, 2…12 (per compound).
    case buildings = 78
    /// Resident units (驻区单位), 1…8 (per community).
    case residentUnits = 79
    /// A unit's kind, an index 0…2 into ``ResidentUnit/Kind/allCases`` (per unit).
    case unitKind = 80
    /// A unit's formal members, 0…8; its members are a third as many again, rounded down (per unit).
    case unitFormalMembers = 81
    /// A unit with fewer than 3 formal members is covered by the community's last branch as a joint
    /// branch when 0, by an instructor otherwise, 0…1 (per unit).
    case unitCoverage = 82
    /// Tasks higher bodies delegated in the year, 1…4 (per community).
    case delegatedTasks = 83
    /// A delegated task's funding in whole CNY, 1000…50000 (per task).
    case taskFunding = 84
    /// Respondents of the year's satisfaction survey, 100…1000 (per community).
    case surveyRespondents = 85
    /// The satisfied respondents in per cent, rounded down, 90…100 (per community).
    case satisfiedPercent = 86
    /// The members held by the community who were trained in the year, in per cent, rounded down,
    /// 85…100 (per community).
    case trainedPercent = 87
    /// The households taking part in 平安家庭创建, in per cent of the community's, rounded down, 20…80
    /// (per community).
    case householdPercent = 88
    /// The community's land area (辖区占地面积) in whole m², 100000…3000000 (per community).
    case landArea = 89

    /// Applicants in the pipeline of admission, 2…8 (per community; see ``ApplicantStep``).
    case applicants = 90
    /// An applicant's step, an index 0…9 into ``ApplicantStep/allCases`` (per applicant, indexed by
    /// ``recordIndex(community:record:)``).
    case applicantStep = 91
    /// The month of the step an applicant's dates are counted from, 1…12, reduced to the months the
    /// step allows as `(v − 1) % n + 1` and shifted to the first of them (per applicant).
    case applicantMonth = 92
    /// The day of every step of an applicant, 1…28, or that day a week later, at most the 28th (per
    /// applicant).
    case applicantDay = 93
    /// The applicant's age on applying, 18…45: born that many years and one before the application's
    /// year (per applicant).
    case applicantAge = 94
    /// The applicant's birthday: month `v / 28 + 1`, day `v % 28 + 1`, 0…335 (per applicant).
    case applicantBirthday = 95
    /// Level: below 25 an applicant at a step with defects departs from the rules in one way, the
    /// defect `v % n` of the `n` of the step (``DevelopmentDefect``), otherwise in none (per applicant).
    case developmentDefect = 96
    /// The formal members entitled to vote on an applicant, 10…40: a fifth of them (rounded down) are
    /// absent and all but one of those present vote yes (per applicant).
    case voteEntitled = 97

    /// The stream under `seed`.
    public func stream(seed: UInt64) -> SyntheticStream { SyntheticStream(seed: seed, number: rawValue) }

    /// The element index of member `member` of community `community`.
    public static func memberIndex(community: Int, member: Int) -> Int { community &<< 10 | member }

    /// The element index of worker `worker` of community `community`.
    public static func workerIndex(community: Int, worker: Int) -> Int { community &<< 6 | worker }

    /// The element index of governance record `record` (0…15) of a kind of community `community`: its
    /// decision, mediation case, compound, unit, delegated task or applicant of that position.
    public static func recordIndex(community: Int, record: Int) -> Int { community &<< 4 | record }
}
