using SimWorkbench.Network;

namespace SimWorkbench.Drills.Situation;

/// <summary>A link's state now.</summary>
/// <param name="Link">The link.</param>
/// <param name="State">Its state (closed or degraded; open links are not reported).</param>
public sealed record LinkReport(LinkId Link, LinkState State);
