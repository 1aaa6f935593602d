namespace SimWorkbench.Benchmarks;

/// <summary>Analytic results for the M/M/c queue (Erlang C), to check simulated queues against.</summary>
public static class ErlangC
{
    /// <summary>The probability that an arrival has to wait (Erlang's C formula).</summary>
    /// <param name="servers">c, the number of servers.</param>
    /// <param name="arrivalRate">λ, arrivals per hour.</param>
    /// <param name="serviceRate">μ, services per hour per server.</param>
    /// <returns>P(wait &gt; 0); requires λ &lt; cμ.</returns>
    public static double WaitProbability(int servers, double arrivalRate, double serviceRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(servers);
        var load = arrivalRate / serviceRate;          // a = λ/μ, offered load in erlangs
        var utilisation = load / servers;              // ρ = a/c
        if (!(utilisation < 1) || !(load > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(arrivalRate), arrivalRate, "The queue is stable only for 0 < λ < cμ.");
        }

        // Σ_{k<c} a^k/k! and a^c/c!, accumulated term by term.
        var term = 1.0;
        var sum = 0.0;
        for (var k = 0; k < servers; k++)
        {
            sum += term;
            term *= load / (k + 1);
        }

        var tail = term / (1 - utilisation);
        return tail / (sum + tail);
    }

    /// <summary>The mean wait in queue, Wq = C(c, a) / (cμ − λ), in hours.</summary>
    /// <param name="servers">c, the number of servers.</param>
    /// <param name="arrivalRate">λ, arrivals per hour.</param>
    /// <param name="serviceRate">μ, services per hour per server.</param>
    /// <returns>Hours.</returns>
    public static double MeanWait(int servers, double arrivalRate, double serviceRate) =>
        WaitProbability(servers, arrivalRate, serviceRate) / ((servers * serviceRate) - arrivalRate);
}
