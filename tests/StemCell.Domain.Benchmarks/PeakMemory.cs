using System.Diagnostics;
using System.Globalization;

namespace StemCell.Domain.Benchmarks;

/// <summary>
/// What the memory modes share: each size runs in a fresh process of its own (this program again), which reports how
/// many items it read, how long that took and its peak resident set (<c>VmHWM</c>), so one size's garbage or heap
/// growth cannot flatter or spoil another's.
/// </summary>
/// <remarks>BenchmarkDotNet measures time and allocated bytes, not peak memory, hence these separate modes.</remarks>
internal static class PeakMemory
{
    /// <summary>Runs this program with <paramref name="arguments"/>, which end in a child that calls <see cref="Report"/>.</summary>
    internal static Result Measure(params string[] arguments)
    {
        // Under `dotnet run` the host is dotnet and the program its first argument.
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(PeakMemory).Assembly.Location);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"The child '{string.Join(' ', arguments)}' exited with {child.ExitCode}: {output}");
        }

        var fields = output.Trim().Split(' ');
        return new Result(
            int.Parse(fields[0], CultureInfo.InvariantCulture),
            TimeSpan.FromTicks(long.Parse(fields[1], CultureInfo.InvariantCulture)),
            long.Parse(fields[2], CultureInfo.InvariantCulture));
    }

    /// <summary>In a child: times <paramref name="read"/> and prints what <see cref="Measure"/> reads back.</summary>
    /// <returns>The child's exit code: 1 when it read another number of items than <paramref name="expected"/>.</returns>
    internal static int Report(int expected, Func<int> read)
    {
        var stopwatch = Stopwatch.StartNew();
        var count = read();
        stopwatch.Stop();
        if (count != expected)
        {
            Console.Error.WriteLine($"read {count} of {expected}");
            return 1;
        }

        using var self = Process.GetCurrentProcess();
        Console.WriteLine(FormattableString.Invariant($"{count} {stopwatch.Elapsed.Ticks} {self.PeakWorkingSet64}"));
        return 0;
    }

    /// <summary>Prints the results as a Markdown table, each peak as a ratio to the first row's.</summary>
    internal static void Print(string items, string item, IReadOnlyList<Result> results)
    {
        var baseline = results[0];
        Console.WriteLine($"| {items} | Elapsed | Per {item} | Peak working set | Ratio to first row |");
        Console.WriteLine($"|{new string('-', items.Length + 1)}:|--------:|{new string('-', item.Length + 4)}:|-----------------:|-------------------:|");
        foreach (var r in results)
        {
            var perItem = r.Count == 0 ? "-" : $"{r.Elapsed.TotalMicroseconds / r.Count:F1} µs";
            Console.WriteLine(
                $"| {r.Count:N0} | {r.Elapsed.TotalSeconds:F2} s | {perItem} | {r.PeakBytes / 1024d / 1024d:F1} MB | {(double)r.PeakBytes / baseline.PeakBytes:F2} |");
        }
    }

    /// <summary>Parses a mode's sizes: <c>--{option} N ...</c>, or <paramref name="defaults"/>.</summary>
    internal static int[] Sizes(string[] args, string option, int[] defaults) =>
        args is [var given, .. var sizes] && given == option ? [.. sizes.Select(s => int.Parse(s, CultureInfo.InvariantCulture))] : defaults;

    internal sealed record Result(int Count, TimeSpan Elapsed, long PeakBytes);
}
