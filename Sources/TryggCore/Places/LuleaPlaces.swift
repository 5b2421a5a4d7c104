/// The demo's gazetteer: places in Luleå people would name, at positions read roughly off a map (to within a
/// few hundred metres). Marked approximate wherever shown; a municipality imports its own list and
/// Lantmäteriet's address points with `trygg places import`.
public enum LuleaPlaces {
    public static let source = "demo"

    public static let all: [PlaceFile.Entry] = [
        ("Stadshuset", 65.5836, 22.1533), ("Kulturens hus", 65.5849, 22.1567),
        ("Storgatan (gågatan)", 65.5839, 22.1541),
        ("Smedjan", 65.5837, 22.1560), ("Stadsparken", 65.5812, 22.1582), ("Resecentrum", 65.5832, 22.1592),
        ("Luleå centralstation", 65.5877, 22.1636), ("Södra hamnen", 65.5795, 22.1590),
        ("Norra hamnen", 65.5880, 22.1540),
        ("Gültzauudden", 65.5790, 22.1440), ("Skurholmen", 65.5720, 22.1510),
        ("Luleå tekniska universitet", 65.6170, 22.1380),
        ("Porsö centrum", 65.6157, 22.1340), ("Notvikens centrum", 65.6010, 22.1170),
        ("Örnäsets centrum", 65.5975, 22.0960),
        ("Mjölkudden", 65.5770, 22.1180), ("Hertsö centrum", 65.5850, 22.2410), ("Svartöstaden", 65.5660, 22.2070),
        ("Björkskatans centrum", 65.6145, 22.1700), ("Bergnäsets centrum", 65.5540, 22.2000),
        ("Storheden", 65.6200, 22.0350),
        ("Gammelstads kyrkstad", 65.6455, 22.0290), ("Sunderby sjukhus", 65.6650, 21.9960),
        ("Råneå centrum", 65.8560, 22.3000),
    ].map { name, latitude, longitude in
        PlaceFile.Entry(name: name, kind: .landmark, position: GeoPoint(longitude: longitude, latitude: latitude))
    }
}
