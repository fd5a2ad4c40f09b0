/// The stages of admission (发展党员的五个阶段), in order, with the article of the 细则 that governs each.
public enum DevelopmentStage: String, Sendable, Hashable, Codable, CaseIterable {
    /// 申请入党: applied (细则 第二章).
    case applicant
    /// 入党积极分子: designated an activist (细则 第三章).
    case activist
    /// 发展对象: designated a development target (细则 第四章).
    case target
    /// 预备党员: admitted as a probationary member (细则 第五章).
    case probationary
    /// 正式党员: a full member (细则 第六章).
    case fullMember
    /// 取消预备党员资格: disqualified during probation (细则 第三十二条).
    case disqualified

    /// The stage's name.
    public var label: LocalizedText {
        switch self {
        case .applicant: LocalizedText(chinese: "入党申请人", english: "applicant")
        case .activist: LocalizedText(chinese: "入党积极分子", english: "activist")
        case .target: LocalizedText(chinese: "发展对象", english: "development target")
        case .probationary: LocalizedText(chinese: "预备党员", english: "probationary member")
        case .fullMember: LocalizedText(chinese: "正式党员", english: "full member")
        case .disqualified: LocalizedText(chinese: "取消预备党员资格", english: "disqualified")
        }
    }

    /// The chapter of the 细则 the stage is in.
    public var article: String {
        switch self {
        case .applicant: "细则 第二章"
        case .activist: "细则 第三章"
        case .target: "细则 第四章"
        case .probationary: "细则 第五章"
        case .fullMember, .disqualified: "细则 第六章"
        }
    }
}
