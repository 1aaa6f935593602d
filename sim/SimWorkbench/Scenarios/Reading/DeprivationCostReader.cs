using SimWorkbench.Metrics;
using SimWorkbench.Quantities;
using SimWorkbench.Scenarios.Diagnostics;
using SimWorkbench.Scenarios.Yaml;

namespace SimWorkbench.Scenarios.Reading;

/// <summary>Reads a commodity's <c>deprivation_cost: { a, b, limit }</c>.</summary>
internal static class DeprivationCostReader
{
    public static DeprivationCostFunction? Read(ReadContext context, YamlNode node, string what)
    {
        if (context.Map(node, what) is not { } map)
        {
            return null;
        }

        var a = context.Number(map.Required("a"), map.Of("a"));
        var bNode = map.Required("b");
        var b = context.TimeRate(bNode, map.Of("b"), allowZero: true);
        var limitNode = map.Optional("limit");
        var limit = limitNode is null ? new Duration(DeprivationCostFunction.DefaultLimitHours) : context.Duration(limitNode, map.Of("limit"));
        map.Finish();
        if (a is null || b is null || limit is null)
        {
            return null;
        }

        var exponent = a.Value + (b.Value.PerHour * limit.Value.Hours);
        if (!(exponent <= DeprivationCostFunction.MaxExponent))
        {
            context.Error(DiagnosticCodes.OutOfRange, limitNode ?? bNode!,
                $"{what}: a + b × limit = {ReadContext.Format(exponent)} must be at most {ReadContext.Format(DeprivationCostFunction.MaxExponent)}; e^(a + b × limit) per person would be meaningless. Lower b or the limit.");
            return null;
        }

        return new DeprivationCostFunction(a.Value, b.Value.PerHour, limit.Value.Hours);
    }
}
