/// The numbered streams of the synthetic city: what each decides, its range, and how it is indexed.
///
/// Streams 0–4 are the portable formula inputs of the scale issue, one element per community.
/// Streams from 5 on make every other choice of ``SyntheticCity``, so that another implementation
/// following this table and ``SyntheticStream`` regenerates the same city. Elements are indexed
/// by community (`i`), by member (`i × 1024 + m`, see ``memberIndex(community:member:)``) or by
/// worker (`i × 64 + w`, see ``workerIndex(community:worker:)``), all 0-based.
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

    /// Probationary when below 5, 0…99 (per member).
    case memberStatus = 40
    /// The member's employment, an index 0…5 into ``Member/Employment/allCases`` (per member).
    case memberEmployment = 41
    /// The member's age on the audit date, 18…90 (per member).
    case memberAge = 42
    /// The member's birthday: month `v / 28 + 1`, day `v % 28 + 1`, 0…335 (per member).
    case memberBirthday = 43

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

    /// The stream under `seed`.
    public func stream(seed: UInt64) -> SyntheticStream { SyntheticStream(seed: seed, number: rawValue) }

    /// The element index of member `member` of community `community`.
    public static func memberIndex(community: Int, member: Int) -> Int { community &<< 10 | member }

    /// The element index of worker `worker` of community `community`.
    public static func workerIndex(community: Int, worker: Int) -> Int { community &<< 6 | worker }
}
