/// The largest values a record may hold: far beyond any real community, small enough that no sum or
/// product an audit forms can overflow (a city of a million communities at these limits still fits).
public enum ValidationLimits {
    /// The most households, residents or members a count may hold: 100,000,000.
    public static let maximumCount = 100_000_000
    /// The largest floor area: 1,000,000,000 m².
    public static let maximumArea = Area(squareMetres: 1_000_000_000)
    /// The largest amount of a grant, a wage or a pay: 1,000,000,000,000 CNY.
    public static let maximumAmount = Money(yuan: 1_000_000_000_000)
    /// The largest amount a money parameter (a rate or a minimum) may take: 10,000,000 CNY. A rate
    /// this high times ``maximumCount`` people is 10¹⁵ CNY, which an amount in fen still holds exactly.
    public static let maximumParameterAmount = Money(yuan: 10_000_000)
    /// The longest training: 366 days.
    public static let maximumTrainingDays = Days(366)
}
