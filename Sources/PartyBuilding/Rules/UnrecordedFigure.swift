/// A figure of a community that a rule needs and the records do not give (a `nil` field of
/// ``Community``).
///
/// Missing is not zero: a rule that needs an unrecorded figure does not judge a default in its
/// place; it reports that it cannot be checked, naming what is missing
/// (``FindingCollector/cannotCheck(_:missing:)``), as an information finding.
public enum UnrecordedFigure: String, Sendable, Hashable, CaseIterable {
    /// ``Community/development``: whether the community is built or planned.
    case development
    /// ``Community/households``.
    case households
    /// ``Community/residents`` (and the registered residents, when the work fund counts those).
    case residents
    /// ``Community/residentialFloorArea``.
    case residentialFloorArea
    /// ``Community/serviceSpace``.
    case serviceSpace
    /// ``Community/workAndActivityRoomArea``.
    case workAndActivityRoomArea
    /// ``Community/partyUseArea``.
    case partyUseArea
    /// ``Community/isConcentratedResettlement``.
    case concentratedResettlement
    /// ``Community/hasManagementServiceCentre``.
    case managementServiceCentre
    /// ``Community/residentsCommittees``.
    case residentsCommittees
    /// The paying level (city, district, street) of a fund grant (``FundGrant/Source/unspecified``).
    case grantSource

    /// The figure's name in a message: `户数` / `the households`.
    public var label: Quantity.Label {
        switch self {
        case .development: Quantity.Label(code: rawValue, chinese: "建设状态", english: "whether it is built or planned")
        case .households: Quantity.Label(code: rawValue, chinese: "户数", english: "the households")
        case .residents: Quantity.Label(code: rawValue, chinese: "居民人数", english: "the residents")
        case .residentialFloorArea:
            Quantity.Label(code: rawValue, chinese: "住宅地面建筑面积", english: "the residential floor area")
        case .serviceSpace: Quantity.Label(code: rawValue, chinese: "社区服务用房面积", english: "the service space")
        case .workAndActivityRoomArea:
            Quantity.Label(code: rawValue, chinese: "工作活动用房面积", english: "the work-and-activity rooms")
        case .partyUseArea: Quantity.Label(code: rawValue, chinese: "党组织活动用房面积", english: "the Party-use area")
        case .concentratedResettlement:
            Quantity.Label(code: rawValue, chinese: "是否集中安置居住区", english: "whether it is a resettlement area")
        case .managementServiceCentre:
            Quantity.Label(
                code: rawValue, chinese: "是否设立社区管理服务中心", english: "whether it has a management service centre")
        case .residentsCommittees:
            Quantity.Label(code: rawValue, chinese: "居民委员会", english: "the residents' committees")
        case .grantSource: Quantity.Label(code: rawValue, chinese: "经费的承担层级", english: "which level paid the funds")
        }
    }

    /// The figures named together: `户数、社区服务用房面积` / `the households and the service space`.
    static func label(of figures: [UnrecordedFigure]) -> Quantity.Label {
        .list(
            codes: figures.map(\.rawValue), chinese: figures.map(\.label.chinese), english: figures.map(\.label.english)
        )
    }

    /// `记录中未载明户数，本项无法核查`.
    static let message = MessageTemplate(
        chinese: "记录中未载明{detail}，本项无法核查",
        english: "The records do not give {detail}; this cannot be checked")
}

extension Community {
    /// Those of `figures` that the records do not give, in the order asked.
    public func unrecorded(_ figures: [UnrecordedFigure]) -> [UnrecordedFigure] {
        figures.filter { figure in
            switch figure {
            case .development: development == nil
            case .households: households == nil
            case .residents: residents == nil
            case .residentialFloorArea: residentialFloorArea == nil
            case .serviceSpace: serviceSpace == nil
            case .workAndActivityRoomArea: workAndActivityRoomArea == nil
            case .partyUseArea: partyUseArea == nil
            case .concentratedResettlement: isConcentratedResettlement == nil
            case .managementServiceCentre: hasManagementServiceCentre == nil
            case .residentsCommittees: residentsCommittees == nil
            case .grantSource: fundGrants.contains { $0.source == .unspecified }
            }
        }
    }
}

extension FindingCollector {
    /// Reports that the rule cannot judge `subject` because the records do not give `figures`: an
    /// information finding naming them (`记录中未载明户数，本项无法核查`).
    public mutating func cannotCheck(_ subject: Subject, missing figures: [UnrecordedFigure]) {
        inform(
            subject, measured: nil, detail: .label(UnrecordedFigure.label(of: figures)),
            message: UnrecordedFigure.message)
    }
}
