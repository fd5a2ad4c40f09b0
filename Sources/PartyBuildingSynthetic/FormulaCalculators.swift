import Dispatch
import PartyBuilding

/// The library's calculators behind the seven formulas of the scale benchmark, bound to the
/// parameter values of one date (and scenario), and the sweep that applies them to ``FormulaInputs``.
///
/// ```swift
/// let calculators = try FormulaCalculators(
///     ParameterValues(packs: [.suzhou2011], scenario: nil, for: .year(2025)))
/// var results = [FormulaResult](repeating: .zero, count: inputs.count)
/// let sums = calculators.evaluate(inputs, into: &results, parts: 2)
/// print(sums.activityFundFloor)   // Σ activity-fund floor, exact to the fen
/// ```
public struct FormulaCalculators: Sendable, Hashable {
    /// The activity-fund floor (SZ2011 art. 19).
    public var activityFund: ActivityFundFloor
    /// The work-fund floor (SZ2011 art. 19); its population is the residents of stream 1.
    public var workFund: WorkFundFloor
    /// The service, work-and-activity and Party-use space floors (SZ2011 art. 15).
    public var space: SpaceFloors
    /// The secretary's and the staff's pay floors (SZ2011 art. 9).
    public var pay: PayFloors

    /// Creates the set from its calculators.
    public init(activityFund: ActivityFundFloor, workFund: WorkFundFloor, space: SpaceFloors, pay: PayFloors) {
        self.activityFund = activityFund
        self.workFund = workFund
        self.space = space
        self.pay = pay
    }

    /// The calculators with the parameter values in force for a period (under a scenario, if
    /// `values` has one).
    /// - Throws: ``ParameterError`` when a parameter of the formulas has no value for the period.
    public init(_ values: ParameterValues) throws(ParameterError) {
        let parameters = ParameterReader(values)
        self.init(
            activityFund: try ActivityFundFloor(parameters), workFund: try WorkFundFloor(parameters),
            space: try SpaceFloors(parameters), pay: try PayFloors(parameters))
    }

    /// The opinion's own figures.
    public static let suzhou2011 = FormulaCalculators(
        activityFund: .suzhou2011, workFund: .suzhou2011, space: .suzhou2011, pay: .suzhou2011)

    /// The seven results of one community.
    @inlinable
    public func result(
        members: Int, residents: Int, residentialFloorArea squareMetres: Int, averageWage: Int, staffAveragePay: Int
    ) -> FormulaResult {
        let floorArea = Area(hundredthsOfSquareMetre: Int64(squareMetres) * 100)
        let wage = Money(fen: Int64(averageWage) * 100)
        let workSpace = space.workSpace(forResidentialFloorArea: floorArea)
        return FormulaResult(
            activityFundFloor: activityFund.floor(members: members),
            workFundFloor: workFund.floor(population: residents),
            serviceSpaceFloor: space.serviceSpace(forResidentialFloorArea: floorArea),
            workSpaceFloor: workSpace,
            partyUseFloor: space.partyUse(forRoomArea: workSpace),
            secretaryPayFloor: pay.secretaryFloor(lastYearAverageWage: wage),
            staffPayComplies: pay.meetsStaffFloor(
                totalPay: Money(fen: Int64(staffAveragePay) * 100), staff: 1, lastYearAverageWage: wage))
    }

    /// Applies the formulas to every community of `inputs`, writing each community's results to
    /// `results` and returning their sums.
    ///
    /// The communities are split into `parts` contiguous runs computed at the same time (one per
    /// core is best); the results and sums do not depend on `parts`. `results` is written in place,
    /// so a caller that times the formulas allocates it once, outside the timing.
    /// - Precondition: `results` has one element per community and `parts` is at least 1.
    public func evaluate(_ inputs: FormulaInputs, into results: inout [FormulaResult], parts: Int) -> FormulaSums {
        precondition(results.count == inputs.count, "one result per community")
        precondition(parts >= 1, "at least one part")
        let count = inputs.count
        let parts = min(parts, max(count, 1))
        var partSums = [FormulaSums](repeating: FormulaSums(), count: parts)
        results.withUnsafeMutableBufferPointer { output in
            partSums.withUnsafeMutableBufferPointer { sums in
                nonisolated(unsafe) let output = output
                nonisolated(unsafe) let sums = sums
                DispatchQueue.concurrentPerform(iterations: parts) { part in
                    let range = (count * part / parts)..<(count * (part + 1) / parts)
                    sums[part] = sweep(inputs, range, output)
                }
            }
        }
        var total = FormulaSums()
        for sums in partSums { total.add(sums) }
        return total
    }

    /// Computes and sums one run of communities.
    private func sweep(
        _ inputs: FormulaInputs, _ range: Range<Int>, _ output: UnsafeMutableBufferPointer<FormulaResult>
    ) -> FormulaSums {
        var sums = FormulaSums()
        inputs.members.withUnsafeBufferPointer { members in
            inputs.residents.withUnsafeBufferPointer { residents in
                inputs.residentialFloorArea.withUnsafeBufferPointer { areas in
                    inputs.averageWage.withUnsafeBufferPointer { wages in
                        inputs.staffAveragePay.withUnsafeBufferPointer { pays in
                            for index in range {
                                let result = result(
                                    members: members[index], residents: residents[index],
                                    residentialFloorArea: areas[index], averageWage: wages[index],
                                    staffAveragePay: pays[index])
                                output[index] = result
                                sums.add(result)
                            }
                        }
                    }
                }
            }
        }
        return sums
    }
}
