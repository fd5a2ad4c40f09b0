import Dispatch
import Foundation
import PartyBuilding

/// A deterministic, seeded synthetic city: communities with their organisations, members, workers,
/// trainings, pay, grants, space and exceptions, generated from the portable ``CityStream``s.
///
/// The same seed, size and year give equal cities on every machine, and community `i` is the same
/// whatever the city's size, so a small city is the start of a larger one. Community `i` holds
/// exactly ``FormulaInputs/members``[i] members whose relationship it holds (stream 0), plus a
/// twentieth as many incoming migrant members whose relationship is held elsewhere; its residents,
/// floor area, last year's wage and staff average pay are streams 1–4. With the mean of 0…400 at
/// 200, a city of 10,000 communities has about 2,100,000 member records (twice the round
/// "about 1,000,000"; 5,000 communities have about 1,050,000).
///
/// The records are built so that every rule of ``PolicyPack/suzhou2011`` passes in some communities
/// and fails in others (`SZ2011.19.cost-split` is in force from 2011-06-24 to 2012-10-25, so it judges
/// only the fund year 2012, the one year that starts in that window: audit a city of ``year`` 2012 on
/// 2012-12-31 to see it; `SZ2011.8.certificate`
/// applies from 2015). Every community validates on ``auditDate``.
///
/// ```swift
/// let city = SyntheticCity(communities: 1_000)
/// let report = try await Auditor().audit(city.communities, on: city.auditDate)
/// ```
///
/// Training records by ``CityStream/trainingPlan`` (0…99): a key-role worker (secretary, director,
/// station head) below 20 attends two district-level trainings of 4 and 3–4 days, below 80 one
/// training of 7–10 days at district, city or province level (``CityStream/trainingLevel``), below
/// 88 one district training of 3–6 days, below 94 one street-level training of 7 days, otherwise
/// none in the year and one of 7 days 1–5 years before (``CityStream/lastTrainingAge``). Another
/// worker below 80 attends one street-level training of 5–8 days, below 88 one of 2–4 days, below
/// 94 one that is not centralised (5 days), otherwise none in the year and one 1–5 years before.
///
/// A year of Party life (``year``): every organisation holds its meetings on cadence (a monthly
/// committee meeting; a branch its quarterly general meeting, with the attendance of its first five
/// members, present or absent with or without leave, and Party lesson, a monthly Party-group meeting
/// and theme day, the year-end organisational-life meeting and democratic evaluation, and two
/// heart-to-heart talks; an organisation above a branch one Party lesson by its secretary; the top
/// organisation 2–6 consultations, a quarterly joint meeting, a monthly coordination meeting and,
/// in one community in twenty, 东关's weekly meeting of all members), except that the first branch
/// misses one month or one quarter in a fifth of the communities (``CityStream/meetingPlan``) and a
/// branch founded in the year meets from its founding. Each member pays the year's dues month by
/// month while a member, computed with ``DuesSchedule/national2008`` from a wage, a pension or a
/// flat category by employment, mostly in full (``CityStream/duesPlan``: some months underpaid,
/// missing, or six consecutive months missing); members die, transfer in and out, migrate out with
/// or without a certificate and a contact, arrive as migrants enrolled or not, are made full, or
/// have limited mobility and are visited each quarter or not (``CityStream/membershipPlan``). Every
/// organisation has a committee election, some more than a term ago; every branch a Party group;
/// the secretary receives visitors weekly on a fixed weekday (one week missing in a tenth of the
/// communities); three in ten communities assess members by points; up to three tasks are claimed.
///
/// A year of governance records (``year``, streams 67–89 of ``CityStream``): four levels of grids
/// (one level-1 grid led from the street, a level-2 grid for each pair of branches, a level-3 grid
/// for each branch, and level-4 grids that cut each branch's members held by the community into runs
/// of 20–50, so that every such member is in exactly one, each with one leader, its branch and, on
/// the branch's first, its Party group); 2–5 decisions with the five TA steps five days apart; the
/// five levels of the mediation network with their documents and 0–12 disputes, most settled; the
/// three MY ledgers updated on the 25th of every month; the five bodies with their documents; the
/// coordination mechanism of the Party organisation, residents' committee, owners' committee and
/// property-service company with its document and quarterly meetings; the electronic ledger; 1–6
/// compounds of 2–12 buildings, each with a branch; 1–8 resident units, those with 3 or more formal
/// members with an organisation of their own, the others covered by a joint branch or an
/// instructor; the community checklist of 48 items under six headings and the street checklist of
/// 44 under five (items `第1项` on), both assessed as completed on 20 December; 1–4 delegated tasks
/// with their funding; the office share (the year's Party-office grants) and the disclosure of the
/// office and activity funds; each worker's recruitment by the district; the secretary's reports to
/// the street working committee and to members and residents and the secretary's one-stop post with
/// a name badge; a satisfaction survey, the training coverage of the members held, and the households
/// in 平安家庭创建. A fifth of the communities are non-compliant in exactly one way, their
/// ``GovernanceDefect``. Nothing is dated after ``auditDate``.
///
/// A year of admissions (``year``, streams 90–97 of ``CityStream``): 2–8 applicants in each community,
/// spread over its branches, at every step of the pipeline (``ApplicantStep``: applied, talk held,
/// activist, development target, admitted, approved, oath taken, made full, extended, disqualified),
/// those made full, extended or disqualified admitted the year before so that their probation ends in
/// the year. A quarter of the applicants at a step with defects depart from the `NAT.dev.*` rules in
/// exactly one way, their ``DevelopmentDefect``; the others meet every rule, so that each of those
/// rules passes in some communities and fails in others. The contacts of an activist are formal
/// members of the branch; no applicant has a member record (``Applicant/memberID`` is `nil`), so the
/// members are those described above.
///
/// Pay: every worker is full-time and paid for ``year``; the secretary's pay follows
/// ``CityStream/secretaryPay``, and the others share the rest so that the staff's average pay is
/// exactly stream 4.
public struct SyntheticCity: Sendable {
    /// The seed of every stream.
    public let seed: UInt64
    /// The reporting year: grants, pay and trainings are for this year, wages for the year before.
    public let year: Int
    /// The communities, in order of their index.
    public let communities: [Community]

    /// The districts communities are spread over (``CityStream/district``); the first three are
    /// those of `SZ2011.19.cost-split`.
    public static let districts = ["平江区", "沧浪区", "金阊区", "姑苏区", "吴中区", "相城区", "虎丘区", "吴江区"]

    /// The largest city the element indexing of ``CityStream`` supports (2²² communities).
    public static let maximumCommunities = 1 << 22

    /// Generates a city of `count` communities, on every processor at once.
    /// - Parameters:
    ///   - count: how many communities, 0 to ``maximumCommunities``.
    ///   - seed: the seed of the streams; the default is the 20110101.
    ///   - year: the reporting year (a year from 2012 on; 2025 by default).
    /// - Precondition: `count` and `year` are in range.
    public init(communities count: Int, seed: UInt64 = SyntheticStream.defaultSeed, year: Int = 2025) {
        precondition((0...Self.maximumCommunities).contains(count), "communities must be 0…\(Self.maximumCommunities)")
        precondition((2012...9000).contains(year), "the reporting year must be from 2012 on")
        let generator = CommunityGenerator(seed: seed, year: year)
        self.seed = seed
        self.year = year
        self.communities = Self.generate(count, generator)
    }

    /// Communities `0..<count`, generated in contiguous runs on every processor at once: each
    /// community depends only on its index, so the city is the same whatever the processors.
    private static func generate(_ count: Int, _ generator: CommunityGenerator) -> [Community] {
        let runs = min(count, ProcessInfo.processInfo.activeProcessorCount * 4)
        guard runs > 1 else { return (0..<count).map(generator.community(at:)) }
        return [Community](unsafeUninitializedCapacity: count) { buffer, initialized in
            nonisolated(unsafe) let buffer = buffer
            DispatchQueue.concurrentPerform(iterations: runs) { run in
                for index in (run * count / runs)..<((run + 1) * count / runs) {
                    (buffer.baseAddress! + index).initialize(to: generator.community(at: index))
                }
            }
            initialized = count
        }
    }

    /// Community `index` of any city with this seed and year, generated on its own.
    public static func community(at index: Int, seed: UInt64 = SyntheticStream.defaultSeed, year: Int = 2025)
        -> Community
    {
        CommunityGenerator(seed: seed, year: year).community(at: index)
    }

    /// The audit date the city is built for: 31 December of ``year``.
    public var auditDate: CalendarDate { .endOf(year: year) }

    /// The number of member records in the city.
    public var memberCount: Int { communities.reduce(0) { $0 + $1.members.count } }

    /// The number of worker records in the city.
    public var workerCount: Int { communities.reduce(0) { $0 + $1.workers.count } }

    /// The number of monthly dues payments in the city (``Member/duesPayments``).
    public var paymentCount: Int {
        communities.reduce(0) { total, community in
            community.members.reduce(total) { $0 + $1.duesPayments.count }
        }
    }

    /// The number of meeting records in the city.
    public var meetingCount: Int { communities.reduce(0) { $0 + $1.meetings.count } }
}
