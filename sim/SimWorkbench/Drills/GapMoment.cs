using SimWorkbench.Commodities;

namespace SimWorkbench.Drills;

/// <summary>
/// Where the trainees fell furthest behind one yardstick for one commodity: the window of
/// <see cref="AfterActionReview.WindowHours"/> hours in which their unmet need grew most beyond the
/// yardstick's (both summed over every city).
/// </summary>
/// <param name="Against">The yardstick's label.</param>
/// <param name="Commodity">The commodity.</param>
/// <param name="FromHours">The window's start, in hours from the start of the run.</param>
/// <param name="ToHours">The window's end.</param>
/// <param name="WidenedUnits">How much more need the trainees left unmet than the yardstick in the window, in the commodity's unit.</param>
/// <param name="GapAtEndUnits">The trainees' unmet need minus the yardstick's over the whole drill (negative: the trainees did better).</param>
public sealed record GapMoment(string Against, CommodityId Commodity, double FromHours, double ToHours, double WidenedUnits, double GapAtEndUnits);
