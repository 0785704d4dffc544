using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.NoEmit;
using StemCell.Domain.Benchmarks;

// dotnet run -c Release --project tests/StemCell.Domain.Benchmarks -- [BenchmarkDotNet arguments]   the benchmarks
// dotnet run -c Release --project tests/StemCell.Domain.Benchmarks -- --smoke                        each once, in process
// dotnet run -c Release --project tests/StemCell.Domain.Benchmarks -- memory [--studies N]           streaming peak memory
// dotnet run -c Release --project tests/StemCell.Domain.Benchmarks -- memory ctgov [--records N]     bulk zip import peak memory
// dotnet run -c Release --project tests/StemCell.Domain.Benchmarks -- zip ctgov N FILE              write the synthetic bulk zip
// dotnet run -c Release --project tests/StemCell.Domain.Benchmarks -- doc N FILE                    write a synthetic dataset document
// dotnet run -c Release --project tests/StemCell.Domain.Benchmarks -- memory validate [--size S]    the Explorer's validate peak memory
// README.md says which arguments reproduce its results table.
if (args is ["zip", "ctgov", var count, var file])
{
    return SyntheticBulkZip.WriteTo(file, count);
}

if (args is ["doc", var studies, var path])
{
    var length = SyntheticData.WriteDocument(path, int.Parse(studies, System.Globalization.CultureInfo.InvariantCulture));
    Console.WriteLine($"{path}: {studies} studies, {length:N0} bytes");
    return 0;
}

if (args is ["memory", "validate", .. var validateArgs])
{
    return ExplorerValidateMemory.Run(validateArgs);
}

if (args is ["memory", "ctgov", .. var ctgovArgs])
{
    return ClinicalTrialsGovMemory.Run(ctgovArgs);
}

if (args is ["memory", .. var memoryArgs])
{
    return StreamingMemory.Run(memoryArgs);
}

if (args is ["--smoke", .. var smokeArgs])
{
    return Smoke.Run(smokeArgs);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

/// <summary>
/// The smoke mode .ci/run uses: every benchmark runs once, in this process, on the smallest sizes, and the run fails
/// when any of them throws or gives no result. It proves the benchmarks still run; it measures nothing.
/// </summary>
internal static class Smoke
{
    /// <summary>Gets a value indicating whether the benchmarks are running in smoke mode, on their smallest sizes.</summary>
    internal static bool IsOn { get; private set; }

    internal static int Run(string[] args)
    {
        IsOn = true;
        var config = ManualConfig.CreateMinimumViable()
            .AddJob(Job.Dry.WithToolchain(InProcessNoEmitToolchain.Instance))
            .WithOptions(ConfigOptions.DisableLogFile);
        var filter = args.Length == 0 ? ["*"] : args;
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(["--filter", .. filter], config).ToList();

        var reports = summaries.SelectMany(s => s.Reports).ToList();
        var failed = reports.Where(r => !r.Success || r.ResultStatistics is null).Select(r => r.BenchmarkCase.DisplayInfo).ToList();
        failed.AddRange(summaries.Where(s => s.HasCriticalValidationErrors).Select(s => $"{s.Title}: validation errors"));
        foreach (var failure in failed)
        {
            Console.Error.WriteLine($"benchmark failed: {failure}");
        }

        Console.WriteLine($"smoke: {reports.Count - failed.Count} of {reports.Count} benchmarks ran");
        return failed.Count == 0 && reports.Count > 0 ? 0 : 1;
    }
}
