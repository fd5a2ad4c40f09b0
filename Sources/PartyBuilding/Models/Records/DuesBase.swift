/// What a member's monthly dues are computed from (中组部《关于中国共产党党费收缴、使用和管理的规定》第二、五、六条):
/// the after-tax monthly wage, the monthly pension, or a category that pays a flat amount.
///
/// In the interchange format a base is an object with one key: `{"wage": 6500.00}`,
/// `{"pension": 4200.00}` or `{"flat": "student"}`.
public enum DuesBase: Sendable, Hashable, Codable {
    /// An employed member's monthly wage after tax (第二条).
    case wage(Money)
    /// A retired member's monthly pension (第五条).
    case pension(Money)
    /// A member who pays a flat amount (第六条).
    case flat(FlatCategory)

    /// The members who pay a flat amount (党费规定 第六条).
    public enum FlatCategory: String, Sendable, Hashable, Codable, CaseIterable {
        /// 农民党员: 0.20–1.00 CNY a month.
        case farmer
        /// 学生党员: 0.20 CNY.
        case student
        /// 下岗失业的党员: 0.20 CNY.
        case unemployed
        /// 依靠抚恤或救济生活的党员: 0.20 CNY.
        case relief
        /// 领取当地最低生活保障金的党员: 0.20 CNY.
        case minimumAllowance
    }

    private enum CodingKeys: String, CodingKey, CaseIterable { case wage, pension, flat }

    /// Decodes a base from an object with one key.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.onlyKey(of: "a dues base", among: CodingKeys.allCases, at: decoder.codingPath) {
        case .wage: self = .wage(try container.decode(Money.self, forKey: .wage))
        case .pension: self = .pension(try container.decode(Money.self, forKey: .pension))
        case .flat: self = .flat(try container.decode(FlatCategory.self, forKey: .flat))
        }
    }

    /// Encodes the base as an object with one key.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .wage(let amount): try container.encode(amount, forKey: .wage)
        case .pension(let amount): try container.encode(amount, forKey: .pension)
        case .flat(let category): try container.encode(category, forKey: .flat)
        }
    }
}
