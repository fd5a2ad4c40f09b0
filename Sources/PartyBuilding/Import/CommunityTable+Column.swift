import Foundation

extension CommunityTable {
    /// A column of the table, named in the header by its English name (``rawValue``, any case) or its
    /// Chinese name (``chineseName``, with full-width or ASCII brackets).
    public enum Column: String, Sendable, CaseIterable {
        /// The community's ID (required).
        case id
        /// Its name.
        case name
        /// Its district or county-level city.
        case district
        /// Its street.
        case street
        /// `existing` or `planned`.
        case development
        /// Households.
        case households
        /// Residents (常住人口).
        case residents
        /// Registered residents (户籍人口).
        case registeredResidents
        /// Above-ground residential floor area, m².
        case residentialFloorArea
        /// Service space, m².
        case serviceSpace
        /// Work-and-activity rooms, m².
        case workAndActivityRoomArea
        /// Party-use area, m².
        case partyUseArea
        /// Whether it is a concentrated resettlement area.
        case isConcentratedResettlement
        /// Whether it has a management service centre.
        case hasManagementServiceCentre
        /// The number of its residents' committees; the reader creates that many.
        case residentsCommittees
        /// How many of the residents' committees have their own Party organisation (a branch under
        /// the community's organisation); at most ``residentsCommittees``.
        case committeesWithPartyOrganisation
        /// The form of its Party organisation.
        case organisationForm
        /// Members the community holds (headcount).
        case members
        /// Probationary members among them.
        case probationaryMembers
        /// The year of the fund and wage columns.
        case year
        /// Work funds granted that year, yuan: the total, of sources not recorded unless the
        /// by-source columns are filled, in which case it must be their sum.
        case workFunds
        /// Work funds the city paid that year, yuan.
        case workFundsCity
        /// Work funds the district paid that year, yuan.
        case workFundsDistrict
        /// Work funds the street paid that year, yuan.
        case workFundsStreet
        /// Activity funds granted that year, yuan: the total, as for ``workFunds``.
        case activityFunds
        /// Activity funds the city paid that year, yuan.
        case activityFundsCity
        /// Activity funds the district paid that year, yuan.
        case activityFundsDistrict
        /// Activity funds the street paid that year, yuan.
        case activityFundsStreet
        /// The local average urban wage of the year before, yuan.
        case lastYearAverageWage
        /// The IDs of the rules excepted, separated by `;` or `；`.
        case exceptionRules
        /// Why the exception was granted.
        case exceptionReason
        /// Who approved the exception.
        case exceptionApprover
        /// The day the exception was approved, `YYYY-MM-DD`.
        case exceptionApprovedOn
        /// The last day the exception applies, `YYYY-MM-DD` (optional: open-ended when empty).
        case exceptionValidUntil

        /// The Chinese header accepted for the column.
        public var chineseName: String {
            switch self {
            case .id: "编号"
            case .name: "名称"
            case .district: "区"
            case .street: "街道"
            case .development: "建设状态"
            case .households: "户数"
            case .residents: "常住人口"
            case .registeredResidents: "户籍人口"
            case .residentialFloorArea: "住宅地面建筑面积"
            case .serviceSpace: "社区服务用房"
            case .workAndActivityRoomArea: "工作活动用房"
            case .partyUseArea: "党组织活动用房"
            case .isConcentratedResettlement: "集中安置"
            case .hasManagementServiceCentre: "管理服务中心"
            case .residentsCommittees: "居民委员会数"
            case .committeesWithPartyOrganisation: "建立党组织的居民委员会数"
            case .organisationForm: "组织形式"
            case .members: "党员"
            case .probationaryMembers: "预备党员"
            case .year: "年度"
            case .workFunds: "工作经费"
            case .workFundsCity: "工作经费（市级）"
            case .workFundsDistrict: "工作经费（区级）"
            case .workFundsStreet: "工作经费（街道）"
            case .activityFunds: "活动经费"
            case .activityFundsCity: "活动经费（市级）"
            case .activityFundsDistrict: "活动经费（区级）"
            case .activityFundsStreet: "活动经费（街道）"
            case .lastYearAverageWage: "上年度平均工资"
            case .exceptionRules: "例外规则"
            case .exceptionReason: "例外理由"
            case .exceptionApprover: "批准人"
            case .exceptionApprovedOn: "批准日期"
            case .exceptionValidUntil: "有效期至"
            }
        }

        /// The column a header names: spaces around it are ignored, an English name in any case and
        /// a Chinese name with ASCII brackets are accepted.
        init?(header: String) {
            let name = header.trimmingCharacters(in: .whitespaces)
            let chinese = name.replacingOccurrences(of: "(", with: "（").replacingOccurrences(of: ")", with: "）")
            guard
                let column = Column.allCases.first(where: {
                    $0.rawValue.caseInsensitiveCompare(name) == .orderedSame || $0.chineseName == chinese
                })
            else { return nil }
            self = column
        }
    }
}
