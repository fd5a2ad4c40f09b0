/// The message of a meeting rule that cannot judge a community because it records no meetings at
/// all: missing records are not zero meetings, so the rule reports that it could not check.
enum MeetingRecordMessages {
    /// `未记录会议，无法核查` / `No meetings are recorded; the cadence could not be checked`.
    static let none = MessageTemplate(
        chinese: "{period}未记录任何会议，无法核查",
        english: "No meetings are recorded for {period}; the cadence could not be checked")
}
