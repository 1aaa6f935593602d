using System.CommandLine;
using SimWorkbench.Cli.Commands;

var root = new RootCommand("simwb: discrete-event simulation of emergency supply under cascading hazards.")
{
    BenchCommand.Create(),
};

return root.Parse(args).Invoke();
