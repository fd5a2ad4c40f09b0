import Foundation

/// A record that cannot be right, named by its community, the record and the field.
///
/// ```swift
/// do { try community.validate(on: date) } catch {
///     print(error.community, error.record, error.field, error.problem)
///     // DG  worker("W-3")  trainings[0].days  mustBePositive
/// }
/// ```
public struct ValidationError: Error, Sendable, Hashable, LocalizedError {
    /// The community whose records hold the error.
    public var community: CommunityID
    /// The record holding the bad field (the community itself, an organisation, a member …).
    public var record: Subject
    /// The field, as a path within the record, for example `trainings[2].days`.
    public var field: String
    /// What is wrong with it.
    public var problem: Problem

    /// Creates a validation error.
    public init(community: CommunityID, record: Subject, field: String, problem: Problem) {
        self.community = community
        self.record = record
        self.field = field
        self.problem = problem
    }

    /// What is wrong with a field.
    public enum Problem: Sendable, Hashable, Codable {
        /// A count, amount or area is below zero.
        case negative
        /// A value is above its limit (``ValidationLimits``); the associated value is the limit.
        case tooLarge(String)
        /// A period ends before it starts; the associated value names the field it starts with.
        case endsBeforeStart(String)
        /// A duration must be more than zero.
        case mustBePositive
        /// A part is larger than the whole it is part of (for example the Party-use area larger than
        /// the work-and-activity rooms); the associated value names the whole.
        case exceeds(String)
        /// A date lies after the audit date (for example a birth date).
        case afterAuditDate(CalendarDate)
        /// An ID is empty, or the same ID is used twice; the associated value is the ID.
        case duplicateOrEmptyID(String)
        /// A reference names no record of the community; the associated value is the ID referred to.
        case unknownReference(String)
        /// Organisations are each other's parents.
        case cycle
        /// A required text is empty.
        case empty
        /// The same year is recorded twice.
        case duplicateYear(Int)
        /// An organisation has both a headcount and member records, so its members would be counted
        /// twice; the associated value is the ID of a member record that refers to it. Record one or
        /// the other: member records when they are kept, a headcount when only the figure is.
        case countedTwice(String)
        /// A record is dated before its organisation was founded; the associated value is the founding day.
        case beforeFounding(CalendarDate)
        /// A record is dated after its organisation was dissolved; the associated value is the day of dissolution.
        case afterDissolution(CalendarDate)
        /// The member referred to was not a member of the community on the record's day (before
        /// admission or a transfer in, after a transfer out, death or removal); the associated value is the day.
        case notAMember(CalendarDate)
        /// Records that must be in order (a member's events by day, payments by month) are not; the
        /// associated value is the earlier record's day or month that this one comes before.
        case outOfOrder(String)
        /// An event contradicts the membership the earlier events give (made full before admission,
        /// transferred out twice); the associated value is the status then (`probationary`, `formal`
        /// or `not a member`).
        case contradicts(String)
        /// A field that a record of this kind needs is missing; the associated value names the kind.
        case requiredFor(String)
        /// A number lies outside the values its field allows (a grid's level, 1 to 4); the associated
        /// values are the lowest and the highest allowed.
        case outsideRange(Int, Int)
        /// A grid's parent is not a grid of the level above; the associated value is that level.
        case notOfLevel(Int)
        /// A record of this kind belongs in another list of the community; the associated value
        /// names the list (a governance body of kind `partyOrganisation` is one of `organisations`).
        case recordedElsewhere(String)
        /// A member's events lack what the pipeline of admission records for them (the admission on
        /// the vote's date, an extension, the full membership); the associated value is the
        /// applicant's ID.
        case notInPipeline(String)
    }

    public var errorDescription: String? {
        let what: String =
            switch problem {
            case .negative: "must not be negative"
            case .tooLarge(let limit): "is above its limit of \(limit)"
            case .endsBeforeStart(let start): "is before \(start)"
            case .mustBePositive: "must be more than zero"
            case .exceeds(let whole): "exceeds \(whole), of which it is part"
            case .afterAuditDate(let date): "is after the audit date \(date)"
            case .duplicateOrEmptyID(let id): id.isEmpty ? "is an empty ID" : "repeats the ID \(id)"
            case .unknownReference(let id): "refers to \(id), which the community does not have"
            case .cycle: "makes organisations each other's parents"
            case .empty: "must not be empty"
            case .duplicateYear(let year): "records the year \(year) twice"
            case .countedTwice(let member):
                "is given while member records (such as \(member)) also count the organisation's members"
            case .beforeFounding(let day): "is before the organisation was founded on \(day)"
            case .afterDissolution(let day): "is after the organisation was dissolved on \(day)"
            case .notAMember(let day): "names someone who was not a member of the community on \(day)"
            case .outOfOrder(let earlier): "comes before \(earlier), which is listed ahead of it"
            case .contradicts(let status): "cannot happen to a member whose status then is \(status)"
            case .requiredFor(let kind): "is required for \(kind)"
            case .outsideRange(let lowest, let highest): "must be from \(lowest) to \(highest)"
            case .notOfLevel(let level): "must name a grid of level \(level)"
            case .recordedElsewhere(let list): "belongs in \(list)"
            case .notInPipeline(let applicant):
                "lacks the events the admission pipeline of applicant \(applicant) records"
            }
        let place =
            record == .community(community)
            ? "community \(community)" : "community \(community), \(record.kind(.english)) \(record.idText)"
        return "\(place): \(field) \(what)"
    }
}
