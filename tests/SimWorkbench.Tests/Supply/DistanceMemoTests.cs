using SimWorkbench.Network;
using SimWorkbench.Supply;

namespace SimWorkbench.Tests.Supply;

public sealed class DistanceMemoTests
{
    [Fact]
    public void A_remembered_distance_is_the_same_number_as_a_fresh_one()
    {
        var memo = new DistanceMemo();
        var istanbul = new GeoPoint(41.01, 28.98);
        var ankara = new GeoPoint(39.93, 32.86);

        var first = memo.Kilometres(istanbul, ankara);
        var again = memo.Kilometres(new GeoPoint(41.01, 28.98), new GeoPoint(39.93, 32.86));

        first.ShouldBe(istanbul.DistanceTo(ankara).Kilometres);
        again.ShouldBe(first);
        first.ShouldBe(350, tolerance: 5); // about 350 km apart as the crow flies
    }

    [Fact]
    public void A_full_memo_forgets_and_still_answers()
    {
        var memo = new DistanceMemo();
        var centre = new GeoPoint(0, 0);
        for (var i = 0; i <= DistanceMemo.MaxEntries; i++)
        {
            memo.Kilometres(centre, new GeoPoint(0, i * 1e-4));
        }

        memo.Kilometres(centre, new GeoPoint(0, 1)).ShouldBe(centre.DistanceTo(new GeoPoint(0, 1)).Kilometres);
    }
}
