using SimWorkbench.Kernel;

namespace SimWorkbench.Network;

/// <summary>A position on the Earth in decimal degrees (WGS 84).</summary>
public sealed record GeoPoint
{
    /// <summary>Mean Earth radius in km (IUGG), for great-circle distances.</summary>
    private const double EarthRadiusKm = 6371.0088;

    /// <summary>Creates a position; throws unless latitude is in [-90, 90] and longitude in [-180, 180].</summary>
    /// <param name="latitude">Degrees north (negative: south).</param>
    /// <param name="longitude">Degrees east (negative: west).</param>
    public GeoPoint(double latitude, double longitude)
    {
        Latitude = Quantities.Preconditions.InRange(latitude, -90, 90, nameof(latitude));
        Longitude = Quantities.Preconditions.InRange(longitude, -180, 180, nameof(longitude));
    }

    /// <summary>Degrees north (negative: south).</summary>
    public double Latitude { get; }

    /// <summary>Degrees east (negative: west).</summary>
    public double Longitude { get; }

    /// <summary>The great-circle distance to another point (haversine formula, spherical Earth).</summary>
    /// <param name="other">The other point.</param>
    /// <returns>The distance along the surface.</returns>
    public Quantities.Distance DistanceTo(GeoPoint other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var lat1 = double.DegreesToRadians(Latitude);
        var lat2 = double.DegreesToRadians(other.Latitude);
        var dLat = lat2 - lat1;
        var dLon = double.DegreesToRadians(other.Longitude - Longitude);
        // Portable trigonometry, so that distances (and the intensities that fall with them) are
        // bit-identical on every machine.
        var sinHalfLat = PortableMath.Sin(dLat / 2);
        var sinHalfLon = PortableMath.Sin(dLon / 2);
        var h = (sinHalfLat * sinHalfLat) + (PortableMath.Cos(lat1) * PortableMath.Cos(lat2) * sinHalfLon * sinHalfLon);
        return new(2 * EarthRadiusKm * PortableMath.Asin(Math.Min(1, Math.Sqrt(h))));
    }
}
