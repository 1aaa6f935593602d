namespace SimWorkbench.Hazards;

/// <summary>
/// What a hazard is. The kind fixes what its intensity measures (see scenarios/README.md):
/// peak ground acceleration in g for an earthquake, water depth in metres for a flood or storm
/// surge, sustained wind in m/s for a typhoon, and a 0–1 severity for the rest.
/// </summary>
public enum HazardKind
{
    /// <summary>Ground shaking; intensity is peak ground acceleration in g.</summary>
    Earthquake,

    /// <summary>River or pluvial flooding; intensity is water depth in metres.</summary>
    Flood,

    /// <summary>A tropical cyclone; intensity is sustained wind speed in m/s.</summary>
    Typhoon,

    /// <summary>Coastal flooding driven by a storm; intensity is water depth in metres.</summary>
    StormSurge,

    /// <summary>Slope failure; intensity is a 0–1 severity.</summary>
    Landslide,

    /// <summary>A fire; intensity is a 0–1 severity.</summary>
    Fire,

    /// <summary>Contamination of water or food supplies; intensity is a 0–1 severity.</summary>
    Contamination,

    /// <summary>A disease outbreak; intensity is a 0–1 severity.</summary>
    Epidemic,

    /// <summary>Civil unrest; intensity is a 0–1 severity.</summary>
    Unrest,
}
