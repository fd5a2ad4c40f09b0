/// What a community's Party secretary held in a year: the ledger behind
/// `SZ2011.7.secretary-quals-trend` (逐年提高社区党组织书记中具有大专以上学历和持有国家《社会工作者职业水平证书》的比例).
public struct SecretaryQualificationRecord: Sendable, Hashable, Codable {
    /// The year of the record.
    public var year: Int
    /// Whether the secretary had an associate degree (大专) or higher that year.
    public var hasAssociateDegreeOrHigher: Bool
    /// Whether the secretary held the national social-worker certificate that year.
    public var hasCertificate: Bool

    /// Creates a yearly record.
    public init(year: Int, hasAssociateDegreeOrHigher: Bool, hasCertificate: Bool) {
        self.year = year
        self.hasAssociateDegreeOrHigher = hasAssociateDegreeOrHigher
        self.hasCertificate = hasCertificate
    }
}
