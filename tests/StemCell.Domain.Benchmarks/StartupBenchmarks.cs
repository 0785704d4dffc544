using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace StemCell.Domain.Benchmarks;

/// <summary>
/// Start-up: a fresh process that loads the embedded sample dataset, indexes it and answers one query
/// (tests/StemCell.Domain.Benchmarks.StartupProbe), against an empty console app on the same runtime
/// (tests/StemCell.Domain.Benchmarks.EmptyApp), each published framework-dependent (JIT) and with NativeAOT.
/// The empty app is the baseline of each runtime, so the Ratio column is the probe's start-up over an empty
/// process's. The issue's target: NativeAOT start-up plus first query within 2x the empty app's.
/// </summary>
/// <remarks>
/// The global setup publishes the app a benchmark launches into artifacts/benchmarks/startup/&lt;app&gt;-&lt;jit|aot&gt;/
/// under the repository root, once per benchmark process (an unchanged app republishes quickly). Allocated counts
/// this process's allocations for starting the child, not the child's own. The smoke mode runs only the JIT variants,
/// sparing CI the NativeAOT publication.
/// </remarks>
[Config(typeof(StartupConfig))]
[MemoryDiagnoser]
public class StartupBenchmarks
{
    private const string Jit = "JIT";
    private const string NativeAot = "NativeAOT";
    private const string ProbeApp = "StartupProbe";
    private const string EmptyAppName = "EmptyApp";

    private string _executable = "";

    /// <summary>Gets or sets how the launched apps are published: <c>JIT</c> or <c>NativeAOT</c>.</summary>
    [ParamsSource(nameof(Runtimes))]
    public string Runtime { get; set; } = Jit;

    /// <summary>Gets the runtimes to measure: in smoke mode only JIT, whose publication is quick.</summary>
    public static IEnumerable<string> Runtimes => Smoke.IsOn ? [Jit] : [Jit, NativeAot];

    [GlobalSetup(Target = nameof(EmptyApp))]
    public void PublishEmptyApp() => _executable = Publish(EmptyAppName, Runtime);

    [GlobalSetup(Target = nameof(StartupProbe))]
    public void PublishStartupProbe() => _executable = Publish(ProbeApp, Runtime);

    /// <summary>An empty console app: starts, prints one line, exits.</summary>
    [Benchmark(Baseline = true)]
    public int EmptyApp() => Launch(_executable);

    /// <summary>Loads the embedded dataset, builds a <c>DatasetIndex</c>, answers one query, prints the count, exits.</summary>
    [Benchmark]
    public int StartupProbe() => Launch(_executable);

    private static int Launch(string executable)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };

        // A framework-dependent apphost finds the runtime through DOTNET_ROOT when dotnet is not installed globally.
        if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is null && Path.GetDirectoryName(AppPublisher.DotnetHost()) is { Length: > 0 } root)
        {
            start.Environment["DOTNET_ROOT"] = root;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}.");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{executable} exited with {process.ExitCode}: {output}{error.GetAwaiter().GetResult()}");
        }

        return output.Length;
    }

    private static string Publish(string app, string runtime)
    {
        var aot = runtime == NativeAot;
        var assembly = $"StemCell.Domain.Benchmarks.{app}";
        var output = AppPublisher.Publish(
            Path.Combine("tests", assembly, assembly + ".csproj"),
            Path.Combine("startup", $"{app}-{(aot ? "aot" : "jit")}"),
            "Release",
            $"-p:PublishAot={(aot ? "true" : "false")}");
        var executable = Path.Combine(output, OperatingSystem.IsWindows() ? assembly + ".exe" : assembly);
        return File.Exists(executable) ? executable : throw new InvalidOperationException($"dotnet publish of {app} ({runtime}) made no {executable}.");
    }

    /// <summary>
    /// A job for process launches of 10-150 ms: a few warm-up and fifteen measured iterations, enough for a stable
    /// ratio in well under a minute per benchmark. Smoke mode adds no job, leaving its own single dry run.
    /// </summary>
    private sealed class StartupConfig : ManualConfig
    {
        public StartupConfig()
        {
            if (!Smoke.IsOn)
            {
                AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(15).WithId("Startup"));
            }
        }
    }
}
