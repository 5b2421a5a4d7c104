/// Colours and shapes for map categories: the Okabe–Ito palette, which stays distinguishable with the common
/// colour-vision deficiencies, and a different shape for each colour so print in grey still works.
public enum MapSymbols {
    static let colours = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"]

    static func colour(_ category: Int) -> String { colours[abs(category) % colours.count] }

    /// A category's symbol as a small SVG of its own, for a legend written in HTML beside the map.
    public static func standalone(_ category: Int) -> String {
        ##"<svg class="map-symbol" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">\##(shape(category, x: 7, y: 7, size: 11))</svg>"##
    }

    /// An SVG shape of about `size` units centred at (x, y).
    static func shape(_ category: Int, x: Double, y: Double, size: Double) -> String {
        let r = size / 2, fill = colour(category)
        let style = ##"fill="\##(fill)" stroke="#ffffff" stroke-width="1""##
        switch abs(category) % 4 {
        case 0: return ##"<circle cx="\##(SVG.n(x))" cy="\##(SVG.n(y))" r="\##(SVG.n(r))" \##(style)/>"##
        case 1:
            return
                ##"<rect x="\##(SVG.n(x - r))" y="\##(SVG.n(y - r))" width="\##(SVG.n(size))" height="\##(SVG.n(size))" \##(style)/>"##
        case 2:
            return
                ##"<path d="M\##(SVG.n(x)) \##(SVG.n(y - r))L\##(SVG.n(x + r)) \##(SVG.n(y + r))L\##(SVG.n(x - r)) \##(SVG.n(y + r))Z" \##(style)/>"##
        default:
            return
                ##"<path d="M\##(SVG.n(x)) \##(SVG.n(y - r))L\##(SVG.n(x + r)) \##(SVG.n(y))L\##(SVG.n(x)) \##(SVG.n(y + r))L\##(SVG.n(x - r)) \##(SVG.n(y))Z" \##(style)/>"##
        }
    }
}

/// Small helpers for writing SVG text.
enum SVG {
    /// Numbers with one decimal: a tenth of a unit is invisible, and the output stays small and stable.
    static func n(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// Two decimals, for opacities.
    static func n2(_ value: Double) -> String { String((value * 100).rounded() / 100) }

    static func escape(_ text: String) -> String { Markup.escape(text) }
}
