using SimWorkbench.Runs;

namespace SimWorkbench.Drills.Logs;

/// <summary>A vehicle load unloaded into a city.</summary>
/// <param name="AtHours">When it was unloaded.</param>
/// <param name="Delivery">Where, what and how much.</param>
public sealed record LoggedDelivery(double AtHours, Delivery Delivery) : LogEntry(AtHours);
