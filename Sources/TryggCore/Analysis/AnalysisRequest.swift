/// The five analyses of approved reports an analyst can open.
public enum AnalysisKind: String, CaseIterable, Sendable {
    case trends, hotspots, density, hottimes, emerging

    /// Patterns over months need a year; a hot-spot map of one month is what the monthly meeting reads.
    public var defaultMonths: Int {
        switch self {
        case .trends, .emerging: 12
        case .hotspots, .density, .hottimes: 1
        }
    }
}

/// What one analysis runs over: a period, an optional indicator and area, and the method's parameters.
public struct AnalysisRequest: Sendable, Equatable {
    public var period: AnalysisPeriod
    public var indicator: String?
    public var area: String?
    public var unit: TimeSlices.Unit
    /// The side of a grid cell, in metres.
    public var cell: Double
    /// The neighbourhood of Gi*, in metres.
    public var band: Double
    /// The kernel density's bandwidth, in metres.
    public var bandwidth: Double

    public init(
        period: AnalysisPeriod, indicator: String? = nil, area: String? = nil, unit: TimeSlices.Unit = .month,
        cell: Double = 250,
        band: Double = 500, bandwidth: Double = 500
    ) {
        self.period = period
        self.indicator = indicator
        self.area = area
        self.unit = unit
        self.cell = cell
        self.band = band
        self.bandwidth = bandwidth
    }
}

extension AnalysisError {
    /// The refusal as the field it is about, for a form and the API; nil when no field is to blame.
    public var fieldError: FieldError? {
        switch self {
        case .tooManyCells: .init("cell", .tooManyCells)
        case .tooFewSlices: .init("from", .tooFewSlices)
        case .tooMuchWork(let parameter): .init(parameter, .tooMuchWork)
        case .parameter(let field, _):
            .init(["from", "to", "cell", "band", "bandwidth"].contains(field) ? field : "to", .outOfRange)
        case .noPoints, .unreadable, .periodRequired: nil
        }
    }
}
