using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/TreatyExplainer.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/TreatyExplainer.Benchmarks -- serve-latency [--site . | --pages 10000]
if (args.Length > 0 && args[0] == "serve-latency") return await TreatyExplainer.Benchmarks.ServeLatency.RunAsync(args);
BenchmarkSwitcher.FromAssembly(typeof(TreatyExplainer.Benchmarks.MatcherBenchmarks).Assembly).Run(args);
return 0;
