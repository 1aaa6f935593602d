namespace SimWorkbench.Cli.Commands;

/// <summary>What <c>simwb run</c> or <c>simwb compare</c> was asked to do, once parsed.</summary>
/// <param name="ScenarioPath">The scenario file, as the user named it.</param>
/// <param name="Strategies">The strategies' ids, or null for all of the scenario's.</param>
/// <param name="Replications">Replications per strategy, or null for the scenario's.</param>
/// <param name="Seed">The master seed, or null for the scenario's.</param>
/// <param name="OutDirectory">The folder results go in.</param>
/// <param name="FolderSuffix">What the results folder's name adds to the scenario's file name, e.g. <c>compare</c>.</param>
/// <param name="CommandLine">The command line, for the manifest.</param>
/// <param name="FirstStrategyOnly">With no strategies named, run only the scenario's first (as <c>run</c> does) instead of all.</param>
internal sealed record ComparisonRequest(
    string ScenarioPath,
    IReadOnlyList<string>? Strategies,
    int? Replications,
    ulong? Seed,
    string OutDirectory,
    string FolderSuffix,
    string CommandLine,
    bool FirstStrategyOnly = false);
