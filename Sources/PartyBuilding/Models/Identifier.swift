/// A stable, typed ID of a record, a rule or a parameter: a `CommunityID` cannot be passed where a
/// `MemberID` or a `RuleID` is expected.
///
/// In the interchange format an ID is a plain JSON string.
public struct Identifier<Entity>: Sendable, Hashable, Comparable, Codable, RawRepresentable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    /// The ID's text.
    public var rawValue: String

    /// Creates an ID from its text.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Creates an ID from its text.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public init(stringLiteral value: String) { self.rawValue = value }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String { rawValue }
}

/// The ID of a ``Community``.
public typealias CommunityID = Identifier<Community>
/// The ID of a ``PartyOrganisation``.
public typealias OrganisationID = Identifier<PartyOrganisation>
/// The ID of a ``Member``.
public typealias MemberID = Identifier<Member>
/// The ID of a ``CommunityWorker``.
public typealias WorkerID = Identifier<CommunityWorker>
/// The ID of a ``ResidentsCommittee``.
public typealias ResidentsCommitteeID = Identifier<ResidentsCommittee>
/// The ID of a ``Meeting``.
public typealias MeetingID = Identifier<Meeting>
/// The ID of a ``PartyGroup``.
public typealias PartyGroupID = Identifier<PartyGroup>
