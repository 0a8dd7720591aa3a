using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/TreatyExplainer.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(TreatyExplainer.Benchmarks.MatcherBenchmarks).Assembly).Run(args);
