using System.Globalization;
using System.Text;
using SimWorkbench.Kernel;
using SimWorkbench.Scenarios;

namespace SimWorkbench.Benchmarks;

/// <summary>
/// A synthetic region of any size for measuring how the engine scales: the same kind of region
/// whatever the number of cities, written as scenario YAML and read by the loader, so it is as
/// valid as a hand-written file. The same arguments give the same text, character for character.
/// </summary>
/// <remarks>
/// <para>Cities lie on a jittered grid of 10 km cells (one city per cell, positions drawn from the
/// stream <c>generated-region/places</c>), with log-normal populations (median 50,000, β 0.8,
/// stream <c>generated-region/people</c>). Roads join each city to its neighbours to the east,
/// south and south-east (the nearest ones, so the network is connected), then south-west until
/// there are 3 links per city; roads that cross the river halfway across are bridges.</para>
/// <para>20 depots: a national reserve outside the grid (one access road to the nearest corner
/// city), 4 regional depots in the cities nearest the quadrants' centres and 15 local depots in
/// cities spread through the list. Three strategies at parity (the same stock, 10 days of
/// everyone's need, and 300 trucks of 12 t): centralised (national and regional), distributed
/// (local, with mutual aid) and hybrid (regional hubs over local stock). One earthquake at the
/// centre, 6 h after the start, shakes the whole region, its intensity falling with distance
/// over a fifth of the region's width.</para>
/// </remarks>
public static class GeneratedRegion
{
    /// <summary>The fewest cities a region can have: one for each regional and local depot.</summary>
    public const int MinimumCities = 19;

    private const double CellKilometres = 10;
    private const double KilometresPerDegree = 111.195;
    private const double OriginLatitude = 45;
    private const double OriginLongitude = 10;
    private const int Regional = 4;
    private const int Local = 15;
    private const int StockDays = 10;

    /// <summary>The scenario text of a region.</summary>
    /// <param name="cities">Number of cities, at least <see cref="MinimumCities"/>.</param>
    /// <param name="days">Horizon in days, at least 1.</param>
    /// <param name="seed">Seed of the streams that place the cities and size them, and the scenario's seed.</param>
    /// <returns>YAML text that <see cref="ScenarioLoader.Parse"/> reads without error.</returns>
    public static string Yaml(int cities, int days = 180, ulong seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cities, MinimumCities);
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var columns = (int)Math.Ceiling(Math.Sqrt(cities));
        var rows = (cities + columns - 1) / columns;
        var places = new RandomStream(seed, "generated-region/places");
        var people = new RandomStream(seed, "generated-region/people");
        var x = new double[cities];
        var y = new double[cities];
        var population = new long[cities];
        for (var i = 0; i < cities; i++)
        {
            x[i] = ((i % columns) + places.Uniform(0.2, 0.8)) * CellKilometres;
            y[i] = ((i / columns) + places.Uniform(0.2, 0.8)) * CellKilometres;
            population[i] = (long)Math.Round(people.LogNormal(50_000, 0.8));
        }

        var text = new StringBuilder(capacity: 200 * cities);
        Line(text, $"name: Generated region of {cities} cities");
        Line(text, $"description: A synthetic region for timing the engine ({cities} cities on a {columns} x {rows} grid of 10 km cells).");
        Line(text, $"horizon: {days}d");
        Line(text, $"replications: 1");
        Line(text, $"seed: {seed}");
        Line(text, $"commodities:");
        Line(text, $"  - {{ id: water, unit: L, mass_per_unit: 1 kg, need: 15 L/person/d }}");
        Line(text, $"  - {{ id: food, unit: ration, mass_per_unit: 0.55 kg, need: 1 ration/person/d }}");
        Line(text, $"  - {{ id: medical, unit: kit, mass_per_unit: 45 kg, need: 0.0000111 kit/person/d }}");
        Line(text, $"cities:");
        for (var i = 0; i < cities; i++)
        {
            Line(text, $"  - {{ id: {City(i)}, location: {Location(x[i], y[i])}, population: {population[i]} }}");
        }

        var regional = new int[Regional];
        for (var q = 0; q < Regional; q++)
        {
            var column = ((2 * (q % 2)) + 1) * columns / 4;
            var row = ((2 * (q / 2)) + 1) * rows / 4;
            regional[q] = Math.Min((row * columns) + column, cities - 1);
        }

        var local = new int[Local];
        for (var l = 0; l < Local; l++)
        {
            var next = ((l * cities) + (cities / 2)) / Local;
            while (Array.IndexOf(regional, next) >= 0 || Array.IndexOf(local, next, 0, l) >= 0)
            {
                next = (next + 1) % cities;
            }

            local[l] = next;
        }

        var totalPopulation = population.Sum();
        long[] total = [StockDays * 15 * totalPopulation, StockDays * totalPopulation, (long)Math.Ceiling(StockDays * 0.0000111 * totalPopulation)];
        var nationalX = -2 * CellKilometres;
        var nationalY = -2 * CellKilometres;
        Line(text, $"depots:");
        Line(text, $"  - {{ id: national, tier: national, location: {Location(nationalX, nationalY)}, loading: 600 t/h, repair_time: 14d, capacity: {Stock(total)} }}");
        for (var q = 0; q < Regional; q++)
        {
            Line(text, $"  - {{ id: regional-{q + 1}, tier: regional, city: {City(regional[q])}, loading: 250 t/h, repair_time: 14d, capacity: {Stock(total)} }}");
        }

        for (var l = 0; l < Local; l++)
        {
            Line(text, $"  - {{ id: local-{l + 1}, tier: local, city: {City(local[l])}, loading: 60 t/h, repair_time: 14d, capacity: {Stock(total)} }}");
        }

        Line(text, $"links:");
        Line(text, $"  - {{ id: national-access, from: national, to: {City(0)}, mode: road, length: {Kilometres(nationalX, nationalY, x[0], y[0])} km, repair_time: 4d }}");
        var river = columns / 2;
        var links = 0;
        void Road(int from, int to)
        {
            var bridge = (from % columns < river) != (to % columns < river);
            var kind = bridge ? "kind: bridge, " : string.Empty;
            var repair = bridge ? "45d" : "4d";
            Line(text, $"  - {{ id: r{links + 1}, from: {City(from)}, to: {City(to)}, mode: road, {kind}length: {Kilometres(x[from], y[from], x[to], y[to])} km, repair_time: {repair} }}");
            links++;
        }

        for (var i = 0; i < cities; i++)
        {
            var eastExists = (i % columns) + 1 < columns && i + 1 < cities;
            if (eastExists)
            {
                Road(i, i + 1);
            }

            if (i + columns < cities)
            {
                Road(i, i + columns);
            }

            if (eastExists && i + columns + 1 < cities)
            {
                Road(i, i + columns + 1);
            }
        }

        // South-west diagonals, from the first row down, until there are three roads per city.
        for (var i = 0; i < cities && links < 3 * cities; i++)
        {
            if (i % columns > 0 && i + columns - 1 < cities)
            {
                Road(i, i + columns - 1);
            }
        }

        Line(text, $"fleets:");
        Line(text, $"  - {{ id: national-trucks, depot: national, mode: road, vehicles: 120, payload: 12 t, speed: 50 km/h }}");
        for (var q = 1; q <= Regional; q++)
        {
            Line(text, $"  - {{ id: regional-{q}-trucks, depot: regional-{q}, mode: road, vehicles: 45, payload: 12 t, speed: 40 km/h }}");
        }

        for (var l = 1; l <= Local; l++)
        {
            Line(text, $"  - {{ id: local-{l}-trucks, depot: local-{l}, mode: road, vehicles: 20, payload: 12 t, speed: 40 km/h }}");
            Line(text, $"  - {{ id: local-{l}-vans, depot: local-{l}, mode: road, vehicles: 8, payload: 12 t, speed: 40 km/h }}");
        }

        var width = columns * CellKilometres;
        Line(text, $"hazards:");
        Line(text, $"  - id: earthquake");
        Line(text, $"    kind: earthquake");
        Line(text, $"    onset: 6h");
        Line(text, $"    duration: 1min");
        Line(text, $"    epicentre: {Location(width / 2, rows * CellKilometres / 2)}");
        Line(text, $"    intensity: 0.9");
        Line(text, $"    attenuation: {Number(width / 5)} km");
        Line(text, $"    radius: {Number(width * 2)} km");
        Line(text, $"    fragility:");
        Line(text, $"      - {{ element: bridge, median: 0.6, beta: 0.6 }}");
        Line(text, $"      - {{ element: road, median: 1.0, beta: 0.7, damage: degraded, slowdown: 2.5 }}");
        Line(text, $"      - {{ element: depot, median: 0.5, beta: 0.6, stock_loss: 0.15, throughput_loss: 0.5 }}");
        Line(text, $"      - {{ element: city, median: 0.3, beta: 0.6 }}");
        Line(text, $"    demand_surge:");
        Line(text, $"      - {{ commodity: medical, multiplier: 4, duration: 21d }}");
        Line(text, $"    displacement: {{ share: 0.1, return_after: 30d }}");

        // Parity: every strategy holds the totals (the last depot of each takes the rounding) and 300 trucks.
        Line(text, $"strategies:");
        Line(text, $"  - id: centralised");
        Line(text, $"    kind: centralised");
        Line(text, $"    allocation: priority_weighted");
        Line(text, $"    allocation_period: 6h");
        Line(text, $"    stock:");
        WriteShares(text, [("national", 4), .. Enumerable.Range(1, Regional).Select(q => ($"regional-{q}", 1))], total);
        Line(text, $"    fleets: [national-trucks, {string.Join(", ", Enumerable.Range(1, Regional).Select(q => $"regional-{q}-trucks"))}]");
        Line(text, $"  - id: distributed");
        Line(text, $"    kind: distributed");
        Line(text, $"    allocation: proportional");
        Line(text, $"    allocation_period: 6h");
        Line(text, $"    stock:");
        WriteShares(text, [.. Enumerable.Range(1, Local).Select(l => ($"local-{l}", 1))], total);
        Line(text, $"    fleets: [{string.Join(", ", Enumerable.Range(1, Local).Select(l => $"local-{l}-trucks"))}]");
        Line(text, $"    mutual_aid: {{ radius: 25 km, share: 0.2 }}");
        Line(text, $"  - id: hybrid");
        Line(text, $"    kind: hybrid");
        Line(text, $"    allocation: priority_weighted");
        Line(text, $"    allocation_period: 6h");
        Line(text, $"    hubs: [{string.Join(", ", Enumerable.Range(1, Regional).Select(q => $"regional-{q}"))}]");
        Line(text, $"    stock:");
        WriteShares(text, [.. Enumerable.Range(1, Regional).Select(q => ($"regional-{q}", Local)), .. Enumerable.Range(1, Local).Select(l => ($"local-{l}", Regional))], total);
        Line(text, $"    fleets: [{string.Join(", ", Enumerable.Range(1, Regional).Select(q => $"regional-{q}-trucks").Concat(Enumerable.Range(1, Local).Select(l => $"local-{l}-vans")))}]");
        Line(text, $"    mutual_aid: {{ radius: 25 km, share: 0.2 }}");
        return text.ToString();
    }

    /// <summary>A region as a loaded scenario.</summary>
    /// <param name="cities">Number of cities, at least <see cref="MinimumCities"/>.</param>
    /// <param name="days">Horizon in days, at least 1.</param>
    /// <param name="seed">Seed of the generator's streams and of the scenario.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="InvalidOperationException">The loader rejected the text: a generator bug; the message lists the errors.</exception>
    public static Scenario Create(int cities, int days = 180, ulong seed = 1)
    {
        var loaded = ScenarioLoader.Parse(Yaml(cities, days, seed), $"generated-{cities}.yaml");
        return loaded.Scenario
            ?? throw new InvalidOperationException($"The generated region of {cities} cities is not a valid scenario: {string.Join("; ", loaded.Errors)}");
    }

    private static string City(int i) => string.Create(CultureInfo.InvariantCulture, $"c{i + 1:D5}");

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>A point given in km east and north of the region's corner, as latitude and longitude.</summary>
    private static string Location(double eastKm, double northKm)
    {
        var lat = OriginLatitude + (northKm / KilometresPerDegree);
        var lon = OriginLongitude + (eastKm / (KilometresPerDegree * Math.Cos(OriginLatitude * Math.PI / 180)));
        return string.Create(CultureInfo.InvariantCulture, $"{{ lat: {lat:F5}, lon: {lon:F5} }}");
    }

    /// <summary>Road length: the straight line × 1.25 for the bends, in km, at least 0.1.</summary>
    private static string Kilometres(double x1, double y1, double x2, double y2) =>
        Number(Math.Max(0.1, Math.Round(1.25 * Math.Sqrt(((x2 - x1) * (x2 - x1)) + ((y2 - y1) * (y2 - y1))), 1)));

    private static string Stock(long[] units) =>
        string.Create(CultureInfo.InvariantCulture, $"{{ water: {units[0]} L, food: {units[1]} ration, medical: {units[2]} kit }}");

    /// <summary>Writes stock lines that split the totals by weight, the last depot taking what rounding leaves.</summary>
    private static void WriteShares(StringBuilder text, (string Depot, int Weight)[] depots, long[] total)
    {
        var weights = depots.Sum(d => d.Weight);
        var given = new long[total.Length];
        for (var d = 0; d < depots.Length; d++)
        {
            var units = new long[total.Length];
            for (var c = 0; c < total.Length; c++)
            {
                units[c] = d == depots.Length - 1 ? total[c] - given[c] : total[c] * depots[d].Weight / weights;
                given[c] += units[c];
            }

            Line(text, $"      {depots[d].Depot}: {Stock(units)}");
        }
    }

    private static void Line(StringBuilder text, FormattableString line) =>
        text.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');
}
