using BenchmarkDotNet.Running;

// `dotnet run -c Release --project sim/SimWorkbench.Bench -- --filter '*'` runs every suite;
// BenchmarkDotNet's own arguments (--filter, --job short, --memory) apply.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
