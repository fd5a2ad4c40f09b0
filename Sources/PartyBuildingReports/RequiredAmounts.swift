import PartyBuilding

/// The money a community's records require for one year under a set of parameter values: every
/// amount a money rule of SZ2011 and NAT sets, computed by the rules' own calculators.
///
/// An amount whose inputs the records do not give (no residents, no wage of the year before, no
/// workers with pay, no dues payments) is absent, never zero.
public struct RequiredAmounts: Sendable, Hashable {
    /// A required amount, named after the rule that sets it.
    public enum Kind: String, Sendable, Hashable, CaseIterable, Comparable {
        /// The activity-fund floor (`SZ2011.19.activity-fund`).
        case activityFund
        /// The work-fund floor (`SZ2011.19.work-fund`).
        case workFund
        /// The city's part of the two floors where the split applies (`SZ2011.19.cost-split`).
        case cityPart
        /// The district's part of the two floors where the split applies (`SZ2011.19.cost-split`).
        case districtPart
        /// The full-time staff's pay floor, for the staff with pay recorded (`SZ2011.9.staff-pay`).
        case staffPay
        /// The secretaries' pay floor, for the secretaries with pay recorded (`SZ2011.9.secretary-pay`).
        case secretaryPay
        /// The dues owed for the months paid in the year, at the bases recorded (`NAT.dues.employed`,
        /// `NAT.dues.retired`, `NAT.dues.flat`).
        case dues

        /// The rules that set the amount.
        public var ruleIDs: [RuleID] {
            switch self {
            case .activityFund: ["SZ2011.19.activity-fund"]
            case .workFund: ["SZ2011.19.work-fund"]
            case .cityPart, .districtPart: ["SZ2011.19.cost-split"]
            case .staffPay: ["SZ2011.9.staff-pay"]
            case .secretaryPay: ["SZ2011.9.secretary-pay"]
            case .dues: ["NAT.dues.employed", "NAT.dues.retired", "NAT.dues.flat"]
            }
        }

        /// The amount's name: `活动经费下限` / `activity-fund floor`.
        public func name(_ language: Language) -> String {
            switch self {
            case .activityFund: language.pick("活动经费下限", "activity-fund floor")
            case .workFund: language.pick("工作经费下限", "work-fund floor")
            case .cityPart: language.pick("市本级承担", "city's part")
            case .districtPart: language.pick("城区承担", "district's part")
            case .staffPay: language.pick("工作人员报酬下限", "staff pay floor")
            case .secretaryPay: language.pick("书记报酬下限", "secretaries' pay floor")
            case .dues: language.pick("应交党费", "dues owed")
            }
        }

        public static func < (lhs: Kind, rhs: Kind) -> Bool {
            allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
        }
    }

    /// The amounts the records allow to compute.
    public private(set) var amounts: [Kind: Money]

    /// The amount of `kind`, or `nil` when the records do not give what it needs.
    public subscript(kind: Kind) -> Money? { amounts[kind] }

    /// The amounts for `community` in `year`, membership counted on `date`, under `parameters` (the
    /// values in force on the year's first day).
    public init(_ community: Community, year: Int, on date: CalendarDate, parameters: ParameterReader) {
        amounts = [:]
        let members = MembershipSummary(community, on: date).heldByCommunity
        if let activity = try? ActivityFundFloor(parameters) {
            amounts[.activityFund] = activity.floor(members: members)
        }
        if let work = try? WorkFundFloor(parameters), let population = work.population(of: community) {
            amounts[.workFund] = work.floor(population: population)
        }
        if let split = try? CostSplit(parameters), let districts = try? parameters[SZ2011.Parameters.splitDistricts],
            districts.contains(community.district), let activity = amounts[.activityFund], let work = amounts[.workFund]
        {
            (amounts[.cityPart], amounts[.districtPart]) = split.split(activity + work)
        }
        if let floors = try? PayFloors(parameters), let wage = community.averageWage(in: year - 1) {
            let staff = community.workers.filter { $0.isFullTime && $0.pay(in: year) != nil }.count
            if staff > 0 { amounts[.staffPay] = floors.staffFloor(lastYearAverageWage: wage) * staff }
            let secretaries = community.workers.filter { $0.roles.contains(.secretary) && $0.pay(in: year) != nil }
            if !secretaries.isEmpty {
                amounts[.secretaryPay] = floors.secretaryFloor(lastYearAverageWage: wage) * secretaries.count
            }
        }
        if let schedule = try? DuesSchedule(parameters) {
            var owed = Money.zero
            var months = 0
            for member in community.members {
                var last: CalendarMonth?
                for payment in member.duesPayments where payment.month.year == year && payment.month != last {
                    last = payment.month
                    owed += schedule.dues(for: payment.base).amount
                    months += 1
                }
            }
            if months > 0 { amounts[.dues] = owed }
        }
    }
}
