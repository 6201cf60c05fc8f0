using BenchmarkDotNet.Running;

// Runs BenchmarkDotNet suites: dotnet run -c Release --project perf/NQStream.Benchmarks -- --filter '*'
// Sinks harness (rows/s by wall and CPU time, checksums): dotnet run -c Release --project perf/NQStream.Benchmarks -- sinks-harness
if (args is ["sinks-harness"])
{
    return NQStream.Benchmarks.Sinks.SinksHarness.Run();
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
