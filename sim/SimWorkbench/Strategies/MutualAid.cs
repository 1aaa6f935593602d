using SimWorkbench.Quantities;

namespace SimWorkbench.Strategies;

/// <summary>
/// Neighbouring cities lending each other stock under a distributed or hybrid strategy: every
/// allocation period a city with more than <paramref name="DonorAbove"/> of cover sends to a
/// neighbour within <paramref name="Radius"/> that has less than <paramref name="RecipientBelow"/>,
/// with its own local fleet.
/// </summary>
/// <param name="Radius">Cities within this great-circle distance of each other help each other.</param>
/// <param name="Share">The most of its surplus (stock above <paramref name="DonorAbove"/> of cover) a donor sends in one period.</param>
/// <param name="DonorAbove">Days of cover (stock over need per day now) above which a city gives; it never gives below this.</param>
/// <param name="RecipientBelow">Days of cover (stock and what is on the way, over need per day) below which a city receives, up to this cover; shorter than <paramref name="DonorAbove"/>.</param>
public sealed record MutualAid(Distance Radius, Fraction Share, Duration DonorAbove, Duration RecipientBelow)
{
    /// <summary>The cover above which a city gives unless the scenario says otherwise: 5 days.</summary>
    public static readonly Duration DefaultDonorAbove = new(5 * 24);

    /// <summary>The cover below which a city receives unless the scenario says otherwise: 2 days.</summary>
    public static readonly Duration DefaultRecipientBelow = new(2 * 24);
}
