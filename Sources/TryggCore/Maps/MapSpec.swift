/// Everything a map shows; the renderer turns it into SVG without looking anything up.
public struct MapSpec: Sendable {
    public struct Point: Sendable {
        public var position: GeoPoint
        /// Index into `categories`: decides colour and symbol.
        public var category: Int
        /// Where the point leads (its report), for readers allowed to open it.
        public var link: Link?
        public init(position: GeoPoint, category: Int, link: Link? = nil) {
            self.position = position
            self.category = category
            self.link = link
        }
    }

    /// A link drawn on the map, with the words a screen reader says for it.
    public struct Link: Sendable, Equatable {
        public var href: String
        public var label: String
        public init(href: String, label: String) {
            self.href = href
            self.label = label
        }
    }

    /// How a cluster links to a closer view of its members: `href` with `{zoom}` replaced by the box's
    /// `MapZoom.parameter`, and `label` with `{count}` replaced by the number of members.
    public struct ClusterLinks: Sendable {
        public var href: String
        public var label: String
        public init(href: String, label: String) {
            self.href = href
            self.label = label
        }
    }

    /// A square of the density layer, centred in SWEREF 99 TM, with an intensity from 0 to 1.
    public struct DensityCell: Sendable {
        public var centre: GridPoint
        public var side: Double
        public var intensity: Double
        /// The cell's own colour (a hot-spot class); nil draws it in the density colour.
        public var fill: String?
        public init(centre: GridPoint, side: Double, intensity: Double, fill: String? = nil) {
            self.centre = centre
            self.side = side
            self.intensity = intensity
            self.fill = fill
        }
    }

    /// The words drawn on the map, in the reader's language.
    public struct Words: Sendable {
        public var legend: String
        public var cluster: String
        public var north: String
        public var chosenPoint: String
        public init(
            legend: String = "Teckenförklaring", cluster: String = "Flera händelser (antal)", north: String = "N",
            chosenPoint: String = "Vald plats"
        ) {
            self.legend = legend
            self.cluster = cluster
            self.north = north
            self.chosenPoint = chosenPoint
        }
    }

    public var title: String
    public var description: String
    /// The prefix of the SVG's element ids; from the title, so two maps on one page never share an id.
    public var id: String {
        "map-" + String(title.utf8.reduce(UInt32(2_166_136_261)) { ($0 ^ UInt32($1)) &* 16_777_619 }, radix: 36)
    }
    public var areas: [AreaShape] = []
    public var points: [Point] = []
    public var categories: [String] = []
    public var density: [DensityCell] = []
    /// What the map must show, when not all of its areas and points (a close-up of the hot spots).
    public var extent: [GeoPoint]?
    /// What the colours of the density layer mean, drawn as a second legend at the lower left.
    public var cellLegend: [(label: String, colour: String)] = []
    /// A point the user has chosen (the place picker), drawn as a cross.
    public var chosen: GeoPoint?
    public var words = Words()
    /// Set to make clusters open a closer view; nil leaves them plain.
    public var clusterLinks: ClusterLinks?
    public var width: Double = 800
    public var height: Double = 600
    /// An optional background; when set, the map is drawn in Web Mercator to match the tiles.
    public var tiles: TileLayer?
    /// Let the height follow the shape of what is drawn (and ignore `height`).
    public var fitHeight = true
    /// Points closer than this many SVG units are drawn as one cluster with their count.
    public var clusterDistance: Double = 14

    var projection: MapProjection { tiles == nil ? .sweref99TM : .webMercator }

    public init(title: String, description: String) {
        self.title = title
        self.description = description
    }
}
