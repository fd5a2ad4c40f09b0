/// The largest values a record may hold: far beyond any real community, small enough that no sum or
/// product an audit forms can overflow. The bounds that make it so: a community's amounts sum at most
/// ``maximumRecords`` × ``maximumAmount`` = 10¹⁸ fen, below the 9.2 × 10¹⁸ an amount holds; a rate
/// (``maximumParameterAmount``) times a community's members or residents (``maximumCount``) is at most
/// 10¹⁷ fen; a wage times a staff of ``maximumRecords`` is at most 10¹⁸ fen.
public enum ValidationLimits {
    /// The most households, residents or members a count may hold, and the most members a community
    /// may hold in all (member records and headcounts together): 100,000,000.
    public static let maximumCount = 100_000_000
    /// The largest floor area: 1,000,000,000 m².
    public static let maximumArea = Area(squareMetres: 1_000_000_000)
    /// The largest amount of a grant, a wage or a pay: 10,000,000,000 CNY.
    public static let maximumAmount = Money(yuan: 10_000_000_000)
    /// The most records a list of a community (grants, members, workers, organisations …) or of a
    /// worker (trainings, pay) may hold: 1,000,000.
    public static let maximumRecords = 1_000_000
    /// The largest amount a money parameter (a rate or a minimum) may take: 10,000,000 CNY. A rate
    /// this high times ``maximumCount`` people is 10¹⁵ CNY, which an amount in fen still holds exactly.
    public static let maximumParameterAmount = Money(yuan: 10_000_000)
    /// The longest training: 366 days.
    public static let maximumTrainingDays = Days(366)
}
