namespace SimWorkbench.Strategies;

/// <summary>Shares a scarce amount among requests by an allocation rule.</summary>
internal static class ShareOut
{
    /// <summary>
    /// Grants each request at most what it asked. When the available amount covers every request,
    /// each gets its request; otherwise: <see cref="AllocationRule.FirstCome"/> serves whole
    /// requests in order until the amount runs out; <see cref="AllocationRule.Proportional"/>
    /// shares it in proportion to the requests; <see cref="AllocationRule.PriorityWeighted"/> in
    /// proportion to request × priority, a request that would get more than it asked being capped
    /// and its excess shared again among the others (water-filling).
    /// </summary>
    /// <param name="rule">The rule.</param>
    /// <param name="requests">What each asks for, in units, not negative.</param>
    /// <param name="priorities">Each one's priority, above 0 (used by the priority-weighted rule).</param>
    /// <param name="available">What there is to share, in units.</param>
    /// <param name="grants">Receives each one's grant; as long as <paramref name="requests"/>.</param>
    public static void Allocate(AllocationRule rule, ReadOnlySpan<double> requests, ReadOnlySpan<double> priorities, double available, Span<double> grants)
    {
        var total = 0.0;
        foreach (var request in requests)
        {
            total += request;
        }

        if (total <= available)
        {
            requests.CopyTo(grants);
            return;
        }

        if (rule == AllocationRule.FirstCome)
        {
            var left = available;
            for (var i = 0; i < requests.Length; i++)
            {
                grants[i] = Math.Min(requests[i], left);
                left -= grants[i];
            }

            return;
        }

        grants.Clear();
        var share = available;
        var capped = true;
        while (capped && share > 0)
        {
            // Weights of the requests not yet capped at what they asked.
            var weights = 0.0;
            for (var i = 0; i < requests.Length; i++)
            {
                if (grants[i] < requests[i])
                {
                    weights += Weight(rule, requests[i], priorities[i]);
                }
            }

            if (weights <= 0)
            {
                break;
            }

            capped = false;
            var given = 0.0;
            for (var i = 0; i < requests.Length; i++)
            {
                if (grants[i] >= requests[i])
                {
                    continue;
                }

                var portion = share * Weight(rule, requests[i], priorities[i]) / weights;
                if (grants[i] + portion >= requests[i])
                {
                    portion = requests[i] - grants[i];
                    capped = true;
                }

                grants[i] += portion;
                given += portion;
            }

            share -= given;
        }
    }

    private static double Weight(AllocationRule rule, double request, double priority) =>
        rule == AllocationRule.PriorityWeighted ? request * priority : request;
}
