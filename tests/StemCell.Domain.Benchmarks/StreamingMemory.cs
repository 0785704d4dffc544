using System.Diagnostics;
using System.Globalization;
using StemCell.Domain.Serialization;

namespace StemCell.Domain.Benchmarks;

/// <summary>
/// Peak memory of streaming validation: each size is read by <see cref="StemCellJson.ReadStudiesAsync"/> in a fresh
/// process of its own, which then reports its peak resident set (<c>VmHWM</c>), so one size's garbage or heap growth
/// cannot flatter or spoil another's. The baseline is the same process reading a document of no studies.
/// </summary>
/// <remarks>BenchmarkDotNet measures time and allocated bytes, not peak memory, hence this separate mode.</remarks>
internal static class StreamingMemory
{
    private static readonly int[] DefaultSizes = [0, 10_000, 100_000, 1_000_000];

    internal static int Run(string[] args)
    {
        if (args is ["--child", var size])
        {
            return RunChild(int.Parse(size, CultureInfo.InvariantCulture));
        }

        var sizes = args is ["--studies", .. var given] ? [.. given.Select(s => int.Parse(s, CultureInfo.InvariantCulture))] : DefaultSizes;
        var results = sizes.Select(Measure).ToList();
        var baseline = results[0];

        Console.WriteLine("| Studies | Elapsed | Per study | Peak working set | Ratio to first row |");
        Console.WriteLine("|--------:|--------:|----------:|-----------------:|-------------------:|");
        foreach (var r in results)
        {
            var perStudy = r.Studies == 0 ? "-" : $"{r.Elapsed.TotalMicroseconds / r.Studies:F1} µs";
            Console.WriteLine(
                $"| {r.Studies:N0} | {r.Elapsed.TotalSeconds:F2} s | {perStudy} | {r.PeakBytes / 1024d / 1024d:F1} MB | {(double)r.PeakBytes / baseline.PeakBytes:F2} |");
        }

        return 0;
    }

    private static Result Measure(int studies)
    {
        // The child is this program again; under `dotnet run` the host is dotnet and the program its first argument.
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(StreamingMemory).Assembly.Location);
        }

        foreach (var argument in new[] { "memory", "--child", studies.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"The child for {studies} studies exited with {child.ExitCode}: {output}");
        }

        var fields = output.Trim().Split(' ');
        return new Result(
            int.Parse(fields[0], CultureInfo.InvariantCulture),
            TimeSpan.FromTicks(long.Parse(fields[1], CultureInfo.InvariantCulture)),
            long.Parse(fields[2], CultureInfo.InvariantCulture));
    }

    private static int RunChild(int studies)
    {
        var stopwatch = Stopwatch.StartNew();
        var read = ReadAllAsync(studies).GetAwaiter().GetResult();
        stopwatch.Stop();
        if (read != studies)
        {
            Console.Error.WriteLine($"read {read} studies of {studies}");
            return 1;
        }

        using var self = Process.GetCurrentProcess();
        Console.WriteLine(FormattableString.Invariant($"{read} {stopwatch.Elapsed.Ticks} {self.PeakWorkingSet64}"));
        return 0;
    }

    internal static async Task<int> ReadAllAsync(int studies)
    {
        await using var document = SyntheticData.DocumentStream(studies);
        var read = 0;
        await foreach (var _ in StemCellJson.ReadStudiesAsync(document).ConfigureAwait(false))
        {
            read++;
        }

        return read;
    }

    private sealed record Result(int Studies, TimeSpan Elapsed, long PeakBytes);
}
