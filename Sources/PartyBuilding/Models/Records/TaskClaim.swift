/// A task of the year claimed by a member unit of the area's Party-building alliance (成员单位认领工作事项).
///
/// MY: "年初成员单位集体商议认领工作事项，月初委员单位召开区域事务推进协调会".
public struct TaskClaim: Sendable, Hashable, Codable {
    /// The year the task is for.
    public var year: Int
    /// The member unit that claimed it.
    public var unit: String
    /// The task.
    public var task: String
    /// The day it was claimed.
    public var claimedOn: CalendarDate

    /// Creates a claim record.
    public init(year: Int, unit: String, task: String, claimedOn: CalendarDate) {
        self.year = year
        self.unit = unit
        self.task = task
        self.claimedOn = claimedOn
    }
}
