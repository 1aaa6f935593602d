using SimWorkbench.Network;

namespace SimWorkbench.Scenarios.Reading;

/// <summary>Reads a position written <c>{ lat: 41.01, lon: 28.97 }</c> in decimal degrees.</summary>
internal static class LocationReader
{
    public static GeoPoint? Read(ReadContext context, Yaml.YamlNode? node, string what)
    {
        if (context.Map(node, what) is not { } map)
        {
            return null;
        }

        var lat = context.InRange(map.Required("lat"), map.Of("lat"), -90, 90);
        var lon = context.InRange(map.Required("lon"), map.Of("lon"), -180, 180);
        map.Finish();
        return lat is { } la && lon is { } lo ? new GeoPoint(la, lo) : null;
    }
}
