import Foundation

/// Exact conversion between WGS 84 and SWEREF 99 TM (EPSG:3006) with the Gauss–Krüger series that
/// Lantmäteriet publishes ("Gauss–Krügers projektion", formulas by Krüger 1912 as given by Lantmäteriet).
///
/// GRS 80 ellipsoid, central meridian 15° E, scale 0.9996, false easting 500 000 m. SWEREF 99 and WGS 84
/// agree to well below a metre, so no datum shift is applied (as EPSG:3006 itself does).
public enum SWEREF99TM {
    static let a = 6_378_137.0
    static let flattening = 1 / 298.257222101
    static let centralMeridian = 15.0 * .pi / 180
    static let scale = 0.9996
    static let falseEasting = 500_000.0

    static let e2 = flattening * (2 - flattening)
    static let n = flattening / (2 - flattening)
    static let aHat = a / (1 + n) * (1 + n * n / 4 + pow(n, 4) / 64)

    // Forward series coefficients.
    static let A = e2
    static let B = (5 * pow(e2, 2) - pow(e2, 3)) / 6
    static let C = (104 * pow(e2, 3) - 45 * pow(e2, 4)) / 120
    static let D = 1237 * pow(e2, 4) / 1260
    static let beta = [
        n / 2 - 2 * n * n / 3 + 5 * pow(n, 3) / 16 + 41 * pow(n, 4) / 180,
        13 * n * n / 48 - 3 * pow(n, 3) / 5 + 557 * pow(n, 4) / 1440,
        61 * pow(n, 3) / 240 - 103 * pow(n, 4) / 140,
        49561 * pow(n, 4) / 161280,
    ]

    // Inverse series coefficients.
    static let delta = [
        n / 2 - 2 * n * n / 3 + 37 * pow(n, 3) / 96 - pow(n, 4) / 360,
        n * n / 48 + pow(n, 3) / 15 - 437 * pow(n, 4) / 1440,
        17 * pow(n, 3) / 480 - 37 * pow(n, 4) / 840,
        4397 * pow(n, 4) / 161280,
    ]
    static let AStar = e2 + pow(e2, 2) + pow(e2, 3) + pow(e2, 4)
    static let BStar = -(7 * pow(e2, 2) + 17 * pow(e2, 3) + 30 * pow(e2, 4)) / 6
    static let CStar = (224 * pow(e2, 3) + 889 * pow(e2, 4)) / 120
    static let DStar = -4279 * pow(e2, 4) / 1260

    /// WGS 84 degrees to SWEREF 99 TM metres.
    public static func project(_ point: GeoPoint) -> GridPoint {
        let phi = point.latitude * .pi / 180
        let lambda = point.longitude * .pi / 180
        let sinPhi = sin(phi), sin2 = sinPhi * sinPhi
        let phiStar = phi - sinPhi * cos(phi) * (A + B * sin2 + C * sin2 * sin2 + D * sin2 * sin2 * sin2)
        let deltaLambda = lambda - centralMeridian
        let xiPrime = atan(tan(phiStar) / cos(deltaLambda))
        let etaPrime = atanh(cos(phiStar) * sin(deltaLambda))
        var x = xiPrime, y = etaPrime
        for (index, b) in beta.enumerated() {
            let k = Double(2 * (index + 1))
            x += b * sin(k * xiPrime) * cosh(k * etaPrime)
            y += b * cos(k * xiPrime) * sinh(k * etaPrime)
        }
        return GridPoint(easting: scale * aHat * y + falseEasting, northing: scale * aHat * x)
    }

    /// SWEREF 99 TM metres to WGS 84 degrees.
    public static func unproject(_ point: GridPoint) -> GeoPoint {
        let xi = point.northing / (scale * aHat)
        let eta = (point.easting - falseEasting) / (scale * aHat)
        var xiPrime = xi, etaPrime = eta
        for (index, d) in delta.enumerated() {
            let k = Double(2 * (index + 1))
            xiPrime -= d * sin(k * xi) * cosh(k * eta)
            etaPrime -= d * cos(k * xi) * sinh(k * eta)
        }
        let phiStar = asin(sin(xiPrime) / cosh(etaPrime))
        let deltaLambda = atan(sinh(etaPrime) / cos(xiPrime))
        let sinPhi = sin(phiStar), sin2 = sinPhi * sinPhi
        let phi =
            phiStar + sinPhi * cos(phiStar) * (AStar + BStar * sin2 + CStar * sin2 * sin2 + DStar * sin2 * sin2 * sin2)
        return GeoPoint(longitude: (centralMeridian + deltaLambda) * 180 / .pi, latitude: phi * 180 / .pi)
    }
}
